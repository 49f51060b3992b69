import FrontlineCore

extension Detail {
    /// Every key, from the command table, and notes on the lights, filtering and commands (`?`, F1, `:help`).
    public static let help = HelpScreen().detail("")
}

/// The help screen: every line of the command table (the number keys come from the registered tabs) and notes.
struct HelpScreen: DetailScreen {
    let name = "help"
    let shows: Target.Kind? = nil

    func page(_ id: String, _ state: AppState) -> Page {
        let lang = state.lang
        var lines: [Line] = [.heading(lang.pick("按键", "Keys"))]
        for spec in state.screens.commands.specs {
            lines.append(Line(cells: [Span(TextLayout.pad(spec.keyLabel, columns: 10) + "  ", .key), Span(spec.help(lang))]))
        }
        lines += [
            .blank,
            .heading(lang.pick("说明", "Notes")),
            .text(lang.pick("灯色：●红 逾期或严重滞后；●黄 临近到期、滞后或超过7天未现场走访；●绿 正常；●灰 已结束。",
                            "Lights: red overdue or far behind; yellow due soon, behind, or no on-site visit for 7 days; green fine; gray finished.")),
            .text(lang.pick("/ 输入即筛选，可直接输入中文；在详情页中 / 查找，n/N 跳到下一个/上一个匹配。",
                            "/ filters as you type (Chinese input works); on a detail screen / searches and n/N jump between matches.")),
            .text(lang.pick(": 命令：:P-001 或 :I-0042 打开，:asof 2026-11-27 换日期，:lang en 换语言，:q 退出。",
                            ": commands: :P-001 or :I-0042 open, :asof 2026-11-27 changes the date, :lang zh switches language, :q quits.")),
            .text(lang.pick("他人保存的修改约一秒内自动显示；页眉提示“他人已更新”，按 r 确认。",
                            "Changes saved by others appear within about a second; the header says so until you press r.")),
        ]
        return Page(title: lang.pick("帮助", "Help"), lines: lines)
    }
}
