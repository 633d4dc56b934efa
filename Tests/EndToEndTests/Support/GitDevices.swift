import Foundation
import Testing

/// Two devices that keep one `renew.json` in git: a bare `origin.git` and two
/// clones of it, `laptop` and `phone`, with renew as the file's merge driver, as
/// the README sets it up.
///
/// Git reads no configuration but the repositories' own: `HOME` is the
/// sandbox's, and `GIT_CONFIG_NOSYSTEM` is set.
struct GitDevices {
  /// The sandbox the repositories live in.
  let box: Sandbox
  /// The folder of the first clone, which made the data file.
  var laptop: String { box.root + "/laptop" }
  /// The folder of the second clone.
  var phone: String { box.root + "/phone" }

  /// Where git is.
  static let git = "/usr/bin/git"

  /// Makes `origin.git`, the laptop's clone with a data file of `cards` (each the
  /// arguments of one `renew add`, run on ``Sandbox/today``) committed and pushed, and
  /// the phone's clone of it.
  init(cards: [[String]], sourceLocation: SourceLocation = #_sourceLocation) throws {
    box = try Sandbox()
    try git(in: box.root, "init", "--quiet", "--bare", "-b", "main", "origin.git")
    try git(in: box.root, "init", "--quiet", "-b", "main", "laptop")
    try configure(laptop)
    try Files.write(Array("renew.json merge=renew\n".utf8), to: laptop + "/.gitattributes")
    try Files.write(
      Array("renew.json.backups/\nrenew.json.lock\n".utf8), to: laptop + "/.gitignore")
    for card in cards {
      try renew(on: laptop, ["add"] + card, sourceLocation: sourceLocation)
    }
    try git(in: laptop, "add", ".gitattributes", ".gitignore", "renew.json")
    try git(in: laptop, "commit", "--quiet", "-m", "cards")
    try git(in: laptop, "remote", "add", "origin", box.root + "/origin.git")
    try git(in: laptop, "push", "--quiet", "-u", "origin", "main")
    try git(in: box.root, "clone", "--quiet", "origin.git", "phone")
    try configure(phone)
  }

  /// Removes the sandbox and the repositories in it.
  func remove() {
    box.remove()
  }

  /// The data file of the clone in `folder`.
  func file(_ folder: String) -> String {
    folder + "/renew.json"
  }

  /// The environment git runs in, and so the merge driver.
  var environment: [String: String] {
    box.environment(["GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0"])
  }

  /// Runs `git -C folder arguments…` and returns what it did, whatever its status.
  func runGit(in folder: String, _ arguments: [String]) throws -> Finished {
    try Child.run(GitDevices.git, ["-C", folder] + arguments, environment: environment)
  }

  /// Runs a git command that must succeed.
  @discardableResult
  func git(
    in folder: String, _ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Finished {
    let result = try runGit(in: folder, arguments)
    #expect(
      result.status == 0, "git \(arguments.joined(separator: " ")): \(result.error)",
      sourceLocation: sourceLocation)
    return result
  }

  /// Runs `renew --file <folder>/renew.json --today day arguments…`, which must succeed.
  @discardableResult
  func renew(
    on folder: String, _ arguments: [String], today day: String = Sandbox.today,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    try box.using(file: file(folder)).succeed(
      ["--today", day] + arguments, sourceLocation: sourceLocation)
  }

  /// Commits the clone's data file with `message`.
  func commit(_ folder: String, _ message: String) throws {
    try git(in: folder, "commit", "--quiet", "-m", message, "renew.json")
  }

  /// The data file of the clone in `folder`, as `renew --json list` gives it: each
  /// card by name.
  func cards(on folder: String) throws -> [String: [String: Any]] {
    let list = try box.using(file: file(folder)).json("list")
    let cards = try #require(list as? [[String: Any]])
    var byName: [String: [String: Any]] = [:]
    for card in cards {
      byName[try #require(card["name"] as? String)] = card
    }
    return byName
  }

  private func configure(_ folder: String) throws {
    try git(in: folder, "config", "user.name", "Renew Tests")
    try git(in: folder, "config", "user.email", "tests@renew.invalid")
    try git(in: folder, "config", "merge.renew.name", "renew data file")
    try git(in: folder, "config", "merge.renew.driver", "'\(box.binary)' merge %O %A %B")
  }
}
