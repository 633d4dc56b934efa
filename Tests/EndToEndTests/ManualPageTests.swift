import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `renew man` as `man` reads it.
@Suite struct ManualPageTests {
  /// man-db's `man`, where it is installed.
  static let man: String? = ["/usr/bin/man", "/bin/man"].first { access($0, X_OK) == 0 }

  /// The page `renew man --lang language` prints, as `man -l` renders it at 80
  /// columns, with warnings on; `nil` when man is missing.
  func rendered(_ language: String, in box: Sandbox) throws -> Finished {
    let page = try box.succeed("man", "--lang", language)
    let file = "\(box.root)/renew.\(language).1"
    try Files.write(Array(page.utf8), to: file)
    return try Child.run(
      try #require(ManualPageTests.man), ["--warnings", "-l", file],
      environment: box.environment(["MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat"]))
  }

  /// The example lines of the page, set as typed (between `.nf` and `.fi`).
  func examples(_ language: String, in box: Sandbox) throws -> Set<String> {
    let page = try box.succeed("man", "--lang", language)
    var examples = Set<String>()
    var isExample = false
    for line in page.split(separator: "\n") {
      if line == ".nf" || line == ".fi" {
        isExample = line == ".nf"
      } else if isExample {
        examples.insert(
          String(line).replacing("\\-", with: "-").replacing("\\e", with: "\\")
            .replacing("\\:", with: ""))
      }
    }
    return examples
  }

  /// The columns `line` takes on a terminal: two for a Chinese character.
  func columns(_ line: Substring) -> Int {
    line.unicodeScalars.reduce(0) { sum, scalar in
      let isWide =
        (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value)
      return sum + (isWide ? 2 : 1)
    }
  }

  @Test(
    "man -l renders the page without a warning, in English and in Chinese",
    .enabled(if: ManualPageTests.man != nil, "man is not installed"), arguments: ["en", "zh"])
  func noWarnings(language: String) throws {
    let box = try Sandbox()
    defer { box.remove() }
    let result = try rendered(language, in: box)
    #expect(result.status == 0)
    #expect(result.error == "")
    let lines = result.output.split(separator: "\n")
    #expect(lines.first?.hasPrefix("RENEW(1)") == true, "\(result.output.prefix(200))")
    // Text is filled to 80 columns; an example line is set as typed.
    let examples = try examples(language, in: box)
    #expect(examples.count > 40)
    let wide = lines.filter { columns($0) > 80 }.map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(wide.filter { !examples.contains($0) } == [])
    let name = language == "zh" ? "renew - 保住手机号码" : "renew - keep phone numbers alive"
    #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == name })
  }

  @Test(
    "in the Chinese page a Latin word and a Chinese one keep the space between them",
    .enabled(if: ManualPageTests.man != nil, "man is not installed"))
  func chineseSpacing() throws {
    let box = try Sandbox()
    defer { box.remove() }
    let result = try rendered("zh", in: box)
    #expect(result.status == 0)
    // A Latin letter or digit straight against a Chinese character (not a
    // punctuation mark) is a space lost where the source broke a line.
    let isIdeograph = { (scalar: Unicode.Scalar) in (0x4E00...0x9FFF).contains(scalar.value) }
    let isLatin = { (scalar: Unicode.Scalar) in scalar.isASCII && scalar.properties.isAlphabetic }
    var joined: [String] = []
    for line in result.output.split(separator: "\n") {
      let scalars = Array(line.unicodeScalars)
      for (left, right) in zip(scalars, scalars.dropFirst())
      where (isLatin(left) && isIdeograph(right)) || (isIdeograph(left) && isLatin(right)) {
        joined.append(String(line).trimmingCharacters(in: .whitespaces))
        break
      }
    }
    #expect(joined == [])
  }
}
