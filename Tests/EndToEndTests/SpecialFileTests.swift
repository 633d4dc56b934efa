import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A data file that is not a regular file, or is huge: refused at once, never read whole.
@Suite struct SpecialFileTests {
  /// Commands that read the data file, and commands that change it.
  static let commands: [[String]] = [
    ["status"], ["check"], ["list"], ["add", "B", "--number", "+1 555 000 0000"],
    ["touch", "A"], ["undo"],
  ]

  /// Runs renew killed after 10 s and held to 512 MiB, so that a renew that blocks or
  /// reads without end fails the test instead of hanging it or starving the machine.
  private func runBounded(_ box: Sandbox, file: String, _ arguments: [String]) throws -> Finished {
    try Child.run(
      "/bin/sh",
      ["-c", "ulimit -v 524288; exec timeout 10 \"$@\"", "sh", box.binary, "--file", file]
        + arguments,
      environment: box.environment(["SWIFT_BACKTRACE": "enable=no"]))
  }

  /// What renew says of a data file that is not a regular file.
  private func notRegular(_ path: String, _ what: String) -> String {
    "renew: \(path) is \(what), not a regular file\n"
      + "the data file must be a regular file or a link to one; nothing was changed\n"
  }

  @Test("a named pipe as the data file is refused at once with 74, through a link too")
  func namedPipe() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let pipe = "\(box.root)/pipe.json"
    try #require(mkfifo(pipe, 0o600) == 0)
    try #require(symlink("pipe.json", box.file) == 0)
    // A backup, so that undo has something it could restore.
    try FileManager.default.createDirectory(
      atPath: "\(pipe).backups", withIntermediateDirectories: false)
    try Files.write(Array("{}".utf8), to: "\(pipe).backups/000001.json")
    for file in [pipe, box.file] {
      for command in Self.commands {
        let result = try runBounded(box, file: file, command)
        #expect(result.status == 74, "renew \(command[0]) on \(file): \(result.error)")
        #expect(result.error == notRegular(pipe, "a named pipe (FIFO)"), "renew \(command[0])")
        #expect(result.outputBytes.isEmpty)
      }
    }
    let backups = try runBounded(box, file: pipe, ["backups"])
    #expect(backups.status == 0, "\(backups.error)")
    #expect(Files.names(in: "\(pipe).backups") == ["000001.json"])
  }

  @Test("/dev/zero as the data file is refused at once with 74, and nothing is made in /dev")
  func deviceFile() throws {
    let box = try Sandbox()
    defer { box.remove() }
    for command in Self.commands {
      let result = try runBounded(box, file: "/dev/zero", command)
      #expect(result.status == 74, "renew \(command[0]): \(result.error)")
      #expect(result.error == notRegular("/dev/zero", "a character device"), "renew \(command[0])")
      #expect(result.outputBytes.isEmpty)
    }
    #expect(!Files.exists("/dev/zero.lock"))
    #expect(!Files.exists("/dev/zero.backups"))
  }

  @Test("a data file over 64 MiB is refused with 65 before it is read, and left as it is")
  func hugeFile() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let size = 65 * 1024 * 1024
    let fd = open(box.file, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    try #require(fd >= 0)
    try #require(ftruncate(fd, off_t(size)) == 0)
    close(fd)
    for command in Self.commands {
      let result = try runBounded(box, file: box.file, command)
      #expect(result.status == 65, "renew \(command[0]): \(result.error)")
      #expect(
        result.error
          == "renew: \(box.file) is too large for a renew data file (68157440 bytes; the limit "
          + "is 67108864)\nnothing was changed; check that this is the right file\n",
        "renew \(command[0])")
      #expect(result.outputBytes.isEmpty)
    }
    var info = stat()
    #expect(stat(box.file, &info) == 0 && info.st_size == off_t(size))
    #expect(Files.names(in: box.root) == ["home", "renew.json"])
  }
}
