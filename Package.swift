// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "renew",
  products: [
    .executable(name: "renew", targets: ["renew"]),
    .library(name: "RenewKit", targets: ["RenewKit"]),
  ],
  targets: [
    // The one C function RenewKit needs that Swift cannot see (see its header).
    .target(name: "CRenewShims"),
    .target(name: "RenewKit", dependencies: ["CRenewShims"]),
    .target(name: "RenewCLI", dependencies: ["RenewKit"]),
    .executableTarget(name: "renew", dependencies: ["RenewCLI"]),
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "RenewKitTests", dependencies: ["RenewKit", "TestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "RenewCLITests", dependencies: ["RenewCLI", "RenewKit", "TestSupport"]),
    .testTarget(name: "EndToEndTests", dependencies: ["RenewKit", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
