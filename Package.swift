// swift-tools-version:6.0
import PackageDescription

// SafeStream has no package dependencies: every layer is our own code on the
// Swift toolchain (Glibc, Dispatch, Synchronization, Foundation).
//
// Targets mirror the architecture and let the compiler hold the direction of
// dependencies: the codecs know nothing of sockets or the core; moderation is
// pure; the server owns the loop, the core actor and the services.
let settings: [SwiftSetting] = [
    .swiftLanguageMode(.v5),
]

let package = Package(
    name: "SafeStream",
    products: [
        .executable(name: "safestream", targets: ["safestream"]),
    ],
    targets: [
        // Headers Glibc's module map leaves out (epoll, eventfd, signalfd).
        .target(name: "CSafeStreamLinux"),
        .target(name: "SafeStreamCodec", swiftSettings: settings, linkerSettings: [.linkedLibrary("m")]),
        .target(name: "SafeStreamModeration", swiftSettings: settings, linkerSettings: [.linkedLibrary("m")]),
        .target(
            name: "SafeStreamServer",
            dependencies: ["CSafeStreamLinux", "SafeStreamCodec", "SafeStreamModeration"],
            swiftSettings: settings
        ),
        .executableTarget(
            name: "safestream",
            dependencies: ["SafeStreamServer"],
            swiftSettings: settings
        ),
        .testTarget(name: "SafeStreamCodecTests", dependencies: ["SafeStreamCodec"], swiftSettings: settings),
        .testTarget(name: "SafeStreamModerationTests", dependencies: ["SafeStreamModeration"],
                    resources: [.copy("Fixtures")], swiftSettings: settings),
        .testTarget(name: "SafeStreamServerTests", dependencies: ["SafeStreamServer"], swiftSettings: settings),
        // Depends on the executable too, so `swift test` always builds the binary
        // the process-level tests start.
        .testTarget(name: "EndToEndTests", dependencies: ["SafeStreamServer", "SafeStreamCodec", "safestream"],
                    swiftSettings: settings),
    ]
)
