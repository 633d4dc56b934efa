import TestSupport
import Testing

@testable import RenewKit

/// ``Card/nameKey(_:)``: card names compared regardless of case, as `lowercased()`
/// compares them, sooner for scripts without case.
@Suite struct NameKeyTests {
  @Test(
    "a name's key is the name lowercased",
    arguments: [
      ("Smart PH", "smart ph"), ("中国移动", "中国移动"), ("香港 CSL 妈妈", "香港 csl 妈妈"),
      ("ＳＭＡＲＴ", "ｓｍａｒｔ"), ("ΣΟΦΙΑ", "σοφια"), ("İstanbul", "i̇stanbul"),
      ("ẞ", "ß"), ("", ""), ("ソフトバンク SB", "ソフトバンク sb"), ("한국 KT", "한국 kt"),
    ])
  func lowercased(name: String, key: String) {
    // Byte for byte: `==` would take canonically equivalent text for the same.
    #expect(Array(Card.nameKey(name).utf8) == Array(key.utf8))
    #expect(Array(Card.nameKey(name).utf8) == Array(name.lowercased().utf8))
  }

  @Test("no scalar taken for caseless is changed by lowercasing")
  func caselessScalars() {
    var checked = 0
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), Card.isCaseless(scalar) else { continue }
      let text = String(scalar)
      #expect(text.lowercased() == text, "U+\(String(value, radix: 16, uppercase: true))")
      checked += 1
    }
    // The blocks' sizes: symbols and kana, extension A, the ideographs, Hangul
    // syllables, planes 2 and 3; a block dropped or cut is noticed.
    #expect(checked == 256 + 6_592 + 20_992 + 11_172 + 131_072)
  }

  @Test("random names of every script get the key lowercased() gives")
  func randomNames() {
    var random = SplitMix64(seed: 0xCA5E_F01D)
    let pieces = [
      "A", "z", "Q", " ", "-", "中", "國", "移动", "ア", "ぁ", "한", "Ｓ", "ｓ", "Σ", "ς", "İ", "ẞ",
      "É", "e\u{301}", "Ω", "Ǆ", "ǅ", "🇵🇭", "👩🏽‍💻", "\u{0345}", "Ꭰ", "ꭰ", "𠀀", "Ⅻ", "Ⓐ",
    ]
    for round in 0..<2_000 {
      let name = (0..<Int.random(in: 0...8, using: &random)).map { _ in random.pick(pieces) }
        .joined()
      #expect(
        Array(Card.nameKey(name).utf8) == Array(name.lowercased().utf8), "round \(round): \(name)")
    }
  }
}
