/// A tab or a detail screen; each keeps its own cursor and filter.
public enum Screen: Hashable, Sendable {
    case tab(Tab)
    case detail(Detail)
}
