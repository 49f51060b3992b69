import FrontlineCore
import FrontlineRandom
import Testing

@testable import FrontlineUI

/// 10,000 random keys at random sizes (1×1 to 300×100): no crash, and every frame's rows are
/// exactly the grid's width in display columns.
struct MonkeyTests {
    static let keys: [Key] =
        CommandTable.standard.specs.flatMap(\.keys) + [
            .character("柏"), .character("年"), .character("a"), .character(" "), .character("\u{1B}"), .character("\u{202E}"),
            .backspace, .enter, .escape, .left, .right, .delete, .insert, .function(5), .control("u"), .control("x"),
        ]

    @Test(arguments: [UInt64(2026), 11, 27])
    func randomKeysAtRandomSizes(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var state = SampleState.make(width: 80, height: 24)
        var frames = 0
        for step in 0..<(10_000 / 3 + 1) {
            if random.int(20) == 0 {
                _ = state.handle(.resize(width: 1 + random.int(300), height: 1 + random.int(100)))
            }
            let key = Self.keys[random.int(Self.keys.count)]
            let effects = state.handle(.key(key))
            if effects.contains(.quit) { state.press(.character("1")) }
            if step % 7 == 0 {
                let grid = state.render()
                frames += 1
                for y in 0..<grid.height {
                    let width = DisplayWidth.of(grid.row(y))
                    if width != grid.width {
                        Issue.record("seed \(seed) step \(step): row \(y) is \(width) columns in a \(grid.width)-wide grid")
                        return
                    }
                }
            }
        }
        #expect(frames > 400)
    }
}
