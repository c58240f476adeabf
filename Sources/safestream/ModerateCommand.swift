import Glibc

/// Placeholder until the moderation model lands: `safestream moderate`.
func runModerateCommand(_ arguments: [String]) -> Int32 {
    FileHandleStderr.write("safestream moderate: not available yet")
    return 2
}
import SafeStreamServer
