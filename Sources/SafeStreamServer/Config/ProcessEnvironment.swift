import Glibc

/// The process environment as key/value pairs, read from `environ`.
public enum ProcessEnvironment {
    public static func all() -> [(String, String)] {
        var out: [(String, String)] = []
        var p = environ
        while let entry = p.pointee {
            let s = String(cString: entry)
            if let eq = s.firstIndex(of: "=") {
                out.append((String(s[..<eq]), String(s[s.index(after: eq)...])))
            }
            p += 1
        }
        return out
    }
}
