/// The parts of a .docx that say what the package holds and how the text is set.
extension WordDocument {
    var contentTypes: String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        return WordDocument.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"\(main).document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"\(main).styles+xml\"/>"
            + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"\(main).fontTable+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(main).footer+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "</Types>"
    }

    var packageRelationships: String {
        let types = "http://schemas.openxmlformats.org"
        return WordDocument.declaration
            + "<Relationships xmlns=\"\(types)/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"\(types)/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(types)/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "</Relationships>"
    }

    var documentRelationships: String {
        let types = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return WordDocument.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"\(types)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdFonts\" Type=\"\(types)/fontTable\" Target=\"fontTable.xml\"/>"
            + "<Relationship Id=\"rIdFooter\" Type=\"\(types)/footer\" Target=\"footer1.xml\"/>"
            + "</Relationships>"
    }

    /// The title, and Frontline as the program that made it; no dates, so the same report gives the same file.
    var coreProperties: String {
        WordDocument.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(xmlEscaped(title))</dc:title><dc:creator>frontline</dc:creator></cp:coreProperties>"
    }

    var fontTable: String {
        let fonts = style.fonts.map {
            "<w:font w:name=\"\(xmlEscaped($0.name))\"><w:altName w:val=\"\(xmlEscaped($0.alternative))\"/><w:family w:val=\"\($0.family)\"/></w:font>"
        }.joined()
        return WordDocument.declaration + "<w:fonts xmlns:w=\"\(WordDocument.wordNamespace)\">\(fonts)</w:fonts>"
    }

    var styles: String {
        let line = "<w:spacing w:line=\"\(WordStyle.bodyLine)\" w:lineRule=\"exact\" w:before=\"0\" w:after=\"0\"/>"
        func size(_ halfPoints: Int) -> String { "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>" }
        func paragraphStyle(_ id: String, _ name: String, paragraph: String, run: String) -> String {
            "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
        }
        let indent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
        let body = style.body, tableLine = "<w:spacing w:line=\"360\" w:lineRule=\"auto\" w:before=\"0\" w:after=\"0\"/>"
        return WordDocument.declaration + "<w:styles xmlns:w=\"\(WordDocument.wordNamespace)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(body.runFonts)\(size(WordStyle.bodySize))<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr>\(line)</w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + paragraphStyle(
                "Title", "Title",
                paragraph: "<w:jc w:val=\"center\"/><w:spacing w:before=\"0\" w:after=\"560\" w:line=\"700\" w:lineRule=\"exact\"/>",
                run: style.title.runFonts + size(WordStyle.titleSize))
            + paragraphStyle("Heading1", "heading 1", paragraph: indent + "<w:outlineLvl w:val=\"0\"/><w:keepNext/>", run: style.heading.runFonts)
            + paragraphStyle("Heading2", "heading 2", paragraph: indent + "<w:outlineLvl w:val=\"1\"/><w:keepNext/>", run: style.subheading.runFonts)
            + paragraphStyle("BodyText", "Body Text", paragraph: indent + "<w:jc w:val=\"both\"/>", run: body.runFonts)
            + paragraphStyle(
                "TableHeader", "Table Header", paragraph: tableLine + "<w:jc w:val=\"center\"/>",
                run: style.heading.runFonts + size(WordStyle.tableSize))
            + paragraphStyle("TableText", "Table Text", paragraph: tableLine, run: body.runFonts + size(WordStyle.tableSize))
            + paragraphStyle("DocumentFooter", "Document Footer", paragraph: tableLine, run: body.runFonts + size(WordStyle.footerSize))
            + "</w:styles>"
    }
}
