import FrontlineCore

/// What the board says while another session holds the store's lock.
enum BusyNotice {
    static func text(_ holders: [LockHolder], saving: Bool, state: AppState) -> String {
        let lang = state.lang
        let who = holders.first.map { holder -> String in
            let name = holder.login.flatMap { state.data.index.person(login: $0)?.name }
            let account = holder.login ?? "?"
            let doing = holder.writing ? lang.pick("正在保存", "is saving") : lang.pick("正在读取", "is reading")
            return lang.pick("\(name ?? account)（账号 \(account)，进程 \(holder.pid)）\(doing)",
                             "\(name ?? account) (account \(account), pid \(holder.pid)) \(doing)")
        } ?? lang.pick("另一会话正在使用", "another session is using it")
        let revision = state.data.board.revision
        return saving
            ? lang.pick("存储被占用：\(who)。保存须等其完成（最多 15 秒）……",
                        "The store is busy: \(who). Saving waits until it is done (up to 15 s)…")
            : lang.pick("存储被占用：\(who)。这里显示修订 #\(revision) 的数据，对方完成后自动更新。",
                        "The store is busy: \(who). Showing revision #\(revision); it updates when they are done.")
    }
}
