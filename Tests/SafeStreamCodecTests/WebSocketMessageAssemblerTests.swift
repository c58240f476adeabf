import Testing
@testable import SafeStreamCodec

@Suite struct WebSocketMessageAssemblerTests {
    private func header(_ opcode: WebSocketOpcode, _ length: UInt64, fin: Bool = true) -> FrameHeader {
        FrameHeader(fin: fin, opcode: opcode, maskKey: 0, payloadLength: length, headerLength: 6)
    }

    @Test func joinsFragmentsAndResets() throws {
        var assembler = MessageAssembler(maxMessageBytes: 10)
        try assembler.beginFrame(header(.text, 3, fin: false))
        #expect(try assembler.finishFrame(payload: Array("abc".utf8), fin: false) == nil)
        #expect(assembler.bufferedBytes == 3)
        try assembler.beginFrame(header(.continuation, 2))
        #expect(try assembler.finishFrame(payload: Array("de".utf8), fin: true) == .text(Array("abcde".utf8)))
        #expect(assembler.bufferedBytes == 0)
        #expect(assembler.messageOpcode == nil)
        try assembler.beginFrame(header(.binary, 10))
    }

    @Test func orderAndSizeErrors() throws {
        var assembler = MessageAssembler(maxMessageBytes: 10)
        #expect(throws: WebSocketProtocolError(closeCode: 1002, reason: "continuation without a message")) {
            try assembler.beginFrame(header(.continuation, 1))
        }
        try assembler.beginFrame(header(.binary, 6, fin: false))
        _ = try assembler.finishFrame(payload: [UInt8](repeating: 0, count: 6), fin: false)
        #expect(throws: WebSocketProtocolError(closeCode: 1002, reason: "new message inside a fragmented message")) {
            try assembler.beginFrame(header(.text, 1))
        }
        #expect(throws: WebSocketProtocolError(closeCode: 1009, reason: "message too big")) {
            try assembler.beginFrame(header(.continuation, 5))
        }
        try assembler.beginFrame(header(.continuation, 4))
        #expect(throws: WebSocketProtocolError(closeCode: 1009, reason: "message too big")) {
            var fresh = MessageAssembler(maxMessageBytes: 10)
            try fresh.beginFrame(header(.binary, UInt64.max >> 1))
        }
    }
}
