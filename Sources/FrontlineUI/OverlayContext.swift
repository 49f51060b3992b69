import FrontlineCore

/// What an overlay may read while it handles a key: the board's data and the language.
struct OverlayContext {
    let data: BoardData
    let lang: Lang
}
