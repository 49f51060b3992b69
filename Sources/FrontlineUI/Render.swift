import FrontlineCore

extension AppState {
    /// Draws the whole screen into a grid of the current size.
    public func render() -> Grid {
        var grid = Grid(width: width, height: height)
        let layout = Layout(width: width, height: height, hasColumns: !page.columns.isEmpty)
        if layout.isTooSmall {
            drawTooSmall(into: &grid)
            return grid
        }
        drawHeader(into: &grid, layout)
        drawTabs(into: &grid, layout)
        drawTitle(into: &grid, layout)
        drawBody(into: &grid, layout)
        drawMessage(into: &grid, layout)
        drawFooter(into: &grid, layout)
        drawOverlay(into: &grid)
        return grid
    }

    private func put(_ grid: inout Grid, _ text: String, x: Int, y: Int, limit: Int? = nil, _ role: Role) -> Int {
        grid.put(text, x: x, y: y, limit: limit, style: theme.style(role), ascii: theme.ascii)
    }

    private func drawTooSmall(into grid: inout Grid) {
        let lines = [
            lang.text(.windowTooSmall),
            "\(width)×\(height) < \(Layout.minimumWidth)×\(Layout.minimumHeight)",
            lang.text(.pleaseEnlargeIt),
            lang.text(.keysWaitUntilThen),
        ]
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            let text = TextLayout.fit(line, columns: width, ellipsis: theme.ascii ? "~" : "…")
            _ = put(&grid, text, x: max(0, (width - DisplayWidth.of(text)) / 2), y: top + i, i == 0 ? .title : .normal)
        }
    }

    private func drawHeader(into grid: inout Grid, _ layout: Layout) {
        grid.fill(x: 0, y: layout.headerRow, width: width, height: 1, style: theme.style(.header))
        let zone = data.board.settings.zoneName
        let who = me.map { lang.text(.nameAndRole, $0.name, $0.role.label(lang)) } ?? lang.text(.notRegisteredViewOnly, login)
        var left = " " + lang.text(.projectBoard) + (zone.isEmpty ? "" : " · \(zone)")
        left += "  " + lang.text(.headerAsOf) + data.today.iso + "  " + who
        var right = storeLabel + " "
        if let revision = changedByOthers {
            let changed = lang.text(.headerChangedByOthers, revision)
            // When both do not fit, the news (and its key) wins over the store's name.
            right = DisplayWidth.of(changed + "  " + right) <= width - DisplayWidth.of(left) - 1 ? changed + "  " + right : changed + " "
        }
        let rightWidth = min(DisplayWidth.of(right), max(0, width - DisplayWidth.of(left) - 1))
        _ = put(&grid, left, x: 0, y: layout.headerRow, limit: width - rightWidth, .header)
        if rightWidth > 0 {
            let text = TextLayout.fit(right, columns: rightWidth, ellipsis: theme.ascii ? "~" : "…")
            _ = put(&grid, text, x: width - DisplayWidth.of(text), y: layout.headerRow, changedByOthers == nil ? .header : .key)
        }
    }

    /// The tabs, `1 总览` …, a space either side of each and one between; when that is wider than the terminal
    /// (seven tabs in English at 80 columns), without the space after each, and when that is still too wide (eight),
    /// with one space between tabs, so that every tab stays in sight.
    private func drawTabs(into grid: inout Grid, _ layout: Layout) {
        grid.fill(x: 0, y: layout.tabRow, width: width, height: 1, style: theme.style(.tab))
        let names = screens.tabs.enumerated().map { "\($0.offset + 1) \(tabTitle($0.element))" }
        let spare = width - names.map { DisplayWidth.of($0) }.reduce(0, +)
        let roomy = spare >= 3 * names.count, compact = spare >= 2 * names.count
        var x = 0
        for (n, screen) in screens.tabs.enumerated() {
            let label = roomy ? " \(names[n]) " : compact || n == 0 ? " \(names[n])" : names[n]
            x += put(&grid, label, x: x, y: layout.tabRow, screen.tab == tab && details.isEmpty ? .activeTab : .tab)
            x += 1
        }
    }

    private func drawTitle(into grid: inout Grid, _ layout: Layout) {
        var title = page.title
        if case .tab(let t) = screen, let name = screens.screen(t).sortNames(lang)[safe: sorts[t] ?? 0] {
            title += "  " + lang.text(.headerSort) + name
        }
        if !filter.isEmpty && !isDetail {
            // The counts follow the filter: how many records are shown of how many.
            title += "  " + lang.text(.headerFilter, filter, page.shown, page.total)
        } else if !filter.isEmpty {
            title += "  " + lang.text(.headerFind) + filter
        }
        _ = put(&grid, " " + title, x: 0, y: layout.titleRow, .title)
        if !page.columns.isEmpty {
            let widths = page.columnWidths(total: width - 2)
            var x = 1
            for (column, w) in zip(page.columns, widths) where w > 0 {
                let text = TextLayout.pad(
                    Sanitizer.display(column.title, ascii: theme.ascii), columns: w, alignment: column.alignment,
                    ellipsis: theme.ascii ? "~" : "…")
                _ = put(&grid, text, x: x, y: layout.columnRow, limit: w, .label)
                x += w + 2
            }
        }
    }

    private func drawBody(into grid: inout Grid, _ layout: Layout) {
        let widths = page.columnWidths(total: width - 2)
        let c = cursor
        let ellipsis = theme.ascii ? "~" : "…"
        if page.lines.isEmpty && layout.bodyHeight > 0 {
            // An empty result says so (and how to get everything back).
            let text =
                filter.isEmpty
                ? lang.text(.nothingHere)
                : lang.text(.noLineMatchesEscClearsFilter, filter)
            _ = put(
                &grid, TextLayout.fit(Sanitizer.display(text, ascii: theme.ascii), columns: width - 2, ellipsis: ellipsis),
                x: 1, y: layout.bodyTop, .dim)
        }
        for row in 0..<layout.bodyHeight {
            let i = c.top + row
            guard page.lines.indices.contains(i) else { break }
            let line = page.lines[i]
            let y = layout.bodyTop + row
            if line.cells.count <= 1 || page.columns.isEmpty {
                var x = 1
                var cells = line.cells
                if let n = line.shownUnder, !filter.isEmpty, !cells.isEmpty {
                    cells[0].text += lang.text(.filteredCount, n)
                }
                for span in cells {
                    let text = TextLayout.fit(Sanitizer.display(span.text, ascii: theme.ascii), columns: width - 1 - x, ellipsis: ellipsis)
                    x += put(&grid, text, x: x, y: y, limit: width - 1 - x, span.role)
                }
            } else {
                var x = 1
                for (n, (span, w)) in zip(line.cells, widths).enumerated() where w > 0 {
                    let text = TextLayout.pad(
                        Sanitizer.display(span.text, ascii: theme.ascii), columns: w,
                        alignment: page.columns[n].alignment, ellipsis: ellipsis)
                    _ = put(&grid, text, x: x, y: y, limit: w, span.role)
                    x += w + 2
                }
            }
            if let target = line.target, marked.contains(target) { grid.put("*", x: 0, y: y, style: theme.style(.marked)) }
            if i == c.index { grid.style(x: 0, y: y, width: cursorWidth(widths), theme.style(.selected)) }
        }
    }

    private func drawMessage(into grid: inout Grid, _ layout: Layout) {
        if let input {
            let prompt = input.purpose == .filter ? "/" : ":"
            let shown = input.line.visible(columns: width - 2, display: { Sanitizer.display($0, ascii: theme.ascii) }).text
            _ = put(&grid, prompt, x: 0, y: layout.messageRow, .normal)
            // A reopened filter shows its old text selected: the first key typed replaces it.
            _ = put(&grid, shown, x: 1, y: layout.messageRow, input.line.selected ? .selected : .normal)
        } else if let notice = notice ?? waiting.map({ Notice(text: $0, isError: false) }) {
            // A long notice (the locale one is in two languages) takes several rows above the footer.
            let role: Role = notice.isError ? .error : .notice
            let text = [notice.text, notice.text == waiting ? nil : waiting].compactMap { $0 }.joined(separator: "\n")
            var lines = Sanitizer.lines(text, ascii: theme.ascii).flatMap { TextLayout.wrap($0, columns: max(1, width - 2)) }
            let rows = min(lines.count, max(1, layout.bodyHeight / 2 + 1))
            if lines.count > rows {
                lines = Array(lines.prefix(rows))
                lines[rows - 1] = TextLayout.fit(lines[rows - 1] + "…", columns: width - 2, ellipsis: theme.ascii ? "~" : "…")
            }
            for (i, line) in lines.enumerated() {
                let y = layout.messageRow - rows + 1 + i
                grid.fill(x: 0, y: y, width: width, height: 1, style: theme.style(role))
                _ = put(&grid, " " + line, x: 0, y: y, role)
            }
        }
    }

    /// The keys that work here: the screen's commands on the left, help and quit always on the right.
    private func drawFooter(into grid: inout Grid, _ layout: Layout) {
        grid.fill(x: 0, y: layout.footerRow, width: width, height: 1, style: theme.style(.footer))
        func item(_ spec: CommandSpec) -> (key: String, help: String) {
            (spec.keyLabel.split(separator: "/").first.map(String.init) ?? spec.keyLabel, spec.help(lang))
        }
        let pinned = screens.commands.specs.filter { $0.command == .help || $0.command == .quit }.map(item)
        let pinnedWidth = pinned.reduce(0) { $0 + DisplayWidth.of($1.key) + DisplayWidth.of($1.help) + 3 }
        var x = 1
        for spec in screens.commands.specs where spec.inFooter && spec.command != .help && spec.command != .quit && isAvailable(spec.command) {
            let (key, help) = item(spec)
            guard x + DisplayWidth.of(key) + 1 + DisplayWidth.of(help) + pinnedWidth < width else { break }
            x += put(&grid, key, x: x, y: layout.footerRow, .key)
            x += put(&grid, " " + help + "  ", x: x, y: layout.footerRow, .footer)
        }
        x = max(x, width - pinnedWidth)
        for (key, help) in pinned {
            x += put(&grid, key, x: x, y: layout.footerRow, .key)
            x += put(&grid, " " + help + "  ", x: x, y: layout.footerRow, .footer)
        }
    }

    /// How much of the selected line is shown in reverse: its mark and id (the first two columns),
    /// not the whole row, so that moving the cursor sends a few dozen bytes over SSH, not two full rows.
    func cursorWidth(_ widths: [Int]) -> Int {
        let shown = widths.filter { $0 > 0 }
        return min(width, shown.count >= 2 ? 1 + shown[0] + 2 + shown[1] : 14)
    }

    /// Whether a command does something on the screen now showing (the footer lists only those).
    func isAvailable(_ command: Command) -> Bool {
        let here = screens.definition(of: screen)
        if let binding = EditingCommands.binding(for: command) {
            let offered = binding.offeredEverywhere ? !here.withholds.contains(command) : here.offers(in: self).contains(command)
            return offered && binding.problem(context) == nil
        }
        switch command {
        case .open: return list.selected.flatMap { here.open(opening($0), in: screens) } != nil
        case .back: return isDetail || !filter.isEmpty
        case .sort: return !isDetail && !screens.screen(tab).sortNames(lang).isEmpty
        case .nextMatch, .previousMatch: return !filter.isEmpty
        default: return true
        }
    }

    /// Where the terminal's cursor belongs while the user types, or nil.
    public var cursorPosition: (x: Int, y: Int)? {
        guard !Layout(width: width, height: height, hasColumns: false).isTooSmall else { return nil }
        if case .form(let form)? = overlay { return formCursor(form) }
        guard let input, overlay == nil else { return nil }
        let column = input.line.visible(columns: width - 2, display: { Sanitizer.display($0, ascii: theme.ascii) }).cursorColumn
        return (min(width - 1, 1 + column), height - 2)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
