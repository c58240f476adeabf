import Glibc
import SafeStreamServer

// The one executable: `safestream` serves; `safestream moderate` scores lines.
let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "moderate" {
    exit(runModerateCommand(Array(arguments.dropFirst())))
}

var environment: [String: String] = [:]
for (key, value) in ProcessEnvironment.all() { environment[key] = value }

do {
    switch try SettingsParser.parse(arguments: arguments, environment: environment) {
    case .help(let text):
        print(text, terminator: "")
        exit(0)
    case .run(let settings):
        exit(ServerRuntime.runMain(settings: settings))
    }
} catch {
    FileHandleStderr.write("safestream: \(error.description)")
    exit(2)
}
