import Testing
import Foundation
import SafeStreamModeration

/// The labeled set in Fixtures/labeled.tsv: `label<TAB>kind<TAB>text`, 1 toxic, 0 clean.
@Suite struct LabeledSetTests {
    struct Row { var toxic: Bool; var kind: String; var text: String }

    static func rows() throws -> [Row] {
        let url = try #require(Bundle.module.url(forResource: "labeled", withExtension: "tsv", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard f.count == 3 else { return nil }
            return Row(toxic: f[0] == "1", kind: String(f[1]), text: String(f[2]))
        }
    }

    @Test func f1AndFalsePositiveRateMeetTheBar() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 800)
        var tp = 0, fp = 0, fn = 0, tn = 0
        var misses: [String] = []
        var perKind: [String: (Int, Int)] = [:]
        for row in rows {
            let predicted = moderator.evaluate(row.text).toxic
            switch (row.toxic, predicted) {
            case (true, true): tp += 1
            case (false, true): fp += 1; misses.append("FP [\(row.kind)] \(row.text)")
            case (true, false): fn += 1; misses.append("FN [\(row.kind)] \(row.text)")
            case (false, false): tn += 1
            }
            var k = perKind[row.kind] ?? (0, 0)
            k.1 += 1
            if predicted == row.toxic { k.0 += 1 }
            perKind[row.kind] = k
        }
        let precision = Double(tp) / Double(max(1, tp + fp))
        let recall = Double(tp) / Double(max(1, tp + fn))
        let f1 = 2 * precision * recall / max(1e-9, precision + recall)
        let fpr = Double(fp) / Double(max(1, fp + tn))
        print("labeled set: \(rows.count) messages, tp \(tp) fp \(fp) fn \(fn) tn \(tn)")
        print("precision \(precision) recall \(recall) F1 \(f1) false-positive rate \(fpr)")
        for (kind, (ok, total)) in perKind.sorted(by: { $0.key < $1.key }) where ok < total {
            print("  \(kind): \(ok)/\(total)")
        }
        for m in misses { print("  " + m) }
        #expect(f1 >= 0.95)
        #expect(fpr <= 0.01)
    }
}
