import FrontlineCore
import FrontlineStore
import FrontlineTestSupport
import Testing

/// 领导批示 in board.json (issue 14, item 2): no new schemaVersion; the key is written only when there is an instruction,
/// a store without it loads, and instructions round-trip with every field.
struct InstructionStoreTests {
    @Test("a board without instructions encodes without the key, and a file without it reads as none")
    func absentKey() throws {
        let board = TestBoard.make()
        let bytes = BoardCodec.encode(board, journalHash: SHA256.genesis)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("instructions"))
        #expect(try BoardCodec.decode(bytes, file: "board.json").board.instructions.rows.isEmpty)
    }

    @Test("an instruction, responded and done, round-trips")
    func roundTrip() throws {
        var board = TestBoard.make()
        var instruction = Instruction(id: "B-001")
        instruction.project = "P-001"
        instruction.leader = "M-002"
        instruction.date = TestBoard.today
        instruction.text = "请协调解决施工用电"
        instruction.unit = "U-02"
        instruction.due = TestBoard.today.adding(days: 3)
        instruction.response = "已协调"
        instruction.respondedBy = "M-003"
        instruction.respondedAt = TestBoard.now
        instruction.doneBy = "M-002"
        instruction.doneAt = TestBoard.now
        board.instructions.upsert(instruction)
        let bytes = BoardCodec.encode(board, journalHash: SHA256.genesis)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"instructions\""))
        let read = try BoardCodec.decode(bytes, file: "board.json").board
        #expect(read.instructions[id: "B-001"] == instruction)
        #expect(read == board)
    }
}
