// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "renew",
  products: [
    .executable(name: "renew", targets: ["renew"]),
    .library(name: "RenewKit", targets: ["RenewKit"]),
  ],
  targets: [
    .target(name: "RenewKit"),
    .target(name: "RenewCLI", dependencies: ["RenewKit"]),
    .executableTarget(name: "renew", dependencies: ["RenewCLI"]),
    .testTarget(name: "RenewKitTests", dependencies: ["RenewKit"], exclude: ["Fixtures"]),
    .testTarget(name: "RenewCLITests", dependencies: ["RenewCLI", "RenewKit"]),
    .testTarget(name: "EndToEndTests", dependencies: ["RenewKit"]),
  ],
  swiftLanguageModes: [.v6]
)
