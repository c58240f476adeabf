// libFuzzer entry point for JSONParser and JSONWriter; built by
// scripts/fuzz.sh together with Sources/SafeStreamCodec and Tests/Fuzz/Shared.
//
// Input: the document bytes as they come from a client (no control byte).
//
// Invariants, beyond "no trap, no ASan report, no hang":
// - the [UInt8] and raw-buffer entry points agree, error offsets included;
// - an error offset lies within the input;
// - round trip: parse(write(v)) is v — strings and keys byte for byte,
//   numbers by value (the writer prints integral doubles as integers, which
//   read back as .int: documented, so .int(n) matches .double(Double(n)));
// - the writer's output is a fixpoint after one normalisation:
//   write(parse(w)) == w for w = write(parse(write(v)));
// - maxDepth is exact: v parses with maxDepth = depth(v) and not with one less;
// - decimal3 (how scores are written) is within 0.0005 of every number.

private func write(_ value: JSONValue) -> [UInt8] {
    var writer = JSONWriter()
    writer.value(value)
    return writer.bytes
}

/// Same document: byte-equal strings and keys (Swift's String == compares
/// canonical equivalence, which would hide a normalising bug), members in
/// order, numbers by value.
private func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.double(let x), .double(let y)): return x.bitPattern == y.bitPattern
    case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return Int64(exactly: y) == x
    case (.string(let x), .string(let y)): return x.utf8.elementsEqual(y.utf8)
    case (.array(let x), .array(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.object(let x), .object(let y)):
        return x.members.count == y.members.count && zip(x.members, y.members).allSatisfy {
            $0.key.utf8.elementsEqual($1.key.utf8) && same($0.value, $1.value)
        }
    default: return false
    }
}

/// Arrays and objects open at the deepest point (a scalar is 0, `[]` is 1).
private func depth(_ value: JSONValue) -> Int {
    switch value {
    case .array(let elements): return 1 + (elements.map(depth).max() ?? 0)
    case .object(let object): return 1 + (object.members.map { depth($0.value) }.max() ?? 0)
    default: return 0
    }
}

private func forEachNumber(_ value: JSONValue, _ body: (Double) -> Void) {
    switch value {
    case .int(let n): body(Double(n))
    case .double(let d): body(d)
    case .array(let elements): for element in elements { forEachNumber(element, body) }
    case .object(let object): for member in object.members { forEachNumber(member.value, body) }
    default: break
    }
}

private func checkDecimal3(_ number: Double) {
    var writer = JSONWriter()
    writer.decimal3(number)
    guard let back = try? JSONParser.parse(writer.bytes) else {
        fatalError("decimal3(\(number)) wrote unparsable \(String(decoding: writer.bytes, as: UTF8.self))")
    }
    let value: Double
    switch back {
    case .int(let n): value = Double(n)
    case .double(let d): value = d
    default: fatalError("decimal3(\(number)) wrote \(back)")
    }
    let tolerance = 0.0005 + 4 * number.ulp
    require(abs(value - number) <= tolerance,
            "decimal3(\(number)) wrote \(String(decoding: writer.bytes, as: UTF8.self))")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let fromArray = Result { () throws(JSONError) in try JSONParser.parse(bytes) }
    let fromRaw = Result { () throws(JSONError) in try JSONParser.parse(UnsafeRawBufferPointer(start: data, count: size)) }
    require(fromArray == fromRaw, "entry points disagree: \(fromArray) vs \(fromRaw)")

    let value: JSONValue
    switch fromArray {
    case .failure(let error):
        require(error.offset >= 0 && error.offset <= size, "error offset \(error.offset) of \(size)")
        return 0
    case .success(let parsed):
        value = parsed
    }

    let written = write(value)
    guard let reread = try? JSONParser.parse(written) else {
        fatalError("writer output does not parse: \(String(decoding: written, as: UTF8.self))")
    }
    require(same(reread, value), "round trip changed \(value) into \(reread)")
    let normalised = write(reread)
    guard let again = try? JSONParser.parse(normalised) else { fatalError("normalised output does not parse") }
    require(write(again) == normalised, "writer is not a fixpoint on \(String(decoding: normalised, as: UTF8.self))")

    let levels = depth(value)
    require(levels <= JSONParser.defaultMaxDepth, "depth \(levels) accepted")
    require((try? JSONParser.parse(bytes, maxDepth: levels)) != nil, "rejected at maxDepth \(levels)")
    if levels > 0 {
        require((try? JSONParser.parse(bytes, maxDepth: levels - 1)) == nil, "accepted at maxDepth \(levels - 1)")
    }

    forEachNumber(value, checkDecimal3)
    return 0
}
