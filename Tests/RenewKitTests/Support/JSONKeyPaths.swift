#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Every path to a non-null value in a JSON document (`cards[0].history[2].via`), to
/// check that a write keeps every key a read accepted.
///
/// A key whose value says nothing (`null`, `false`, `[]`, `{}`) is left out: renew
/// writes an unset field by leaving it out, which says the same.
enum JSONKeyPaths {
  /// The paths in `bytes`, or `nil` when they are not JSON.
  static func paths(in bytes: [UInt8]) -> Set<String>? {
    guard let tree = try? JSONDecoder().decode(Tree.self, from: Data(bytes)) else { return nil }
    var paths = Set<String>()
    tree.collect(into: &paths, prefix: "")
    return paths
  }

  /// Paths as they compare across the upgrade from format 1: a card's expiry and
  /// cycle day under `clock` (format 2 replays them from the history), and a history
  /// entry by what it holds rather than its place (the upgrade may put an `expiry`
  /// entry before the others).
  static func upgraded(_ paths: Set<String>) -> Set<String> {
    Set(
      paths.map { path in
        var path = path
        for key in ["expires", "anchorDay"] where path.hasPrefix("cards[") {
          let suffix = "].\(key)"
          if path.hasSuffix(suffix), !path.dropLast(key.count + 1).contains(".") {
            path = path.dropLast(key.count) + "clock.\(key)"
          }
        }
        while let open = path.range(of: "history["),
          let close = path[open.upperBound...].firstIndex(of: "]")
        {
          path.replaceSubrange(open.lowerBound...close, with: "history{}")
        }
        return path.replacingOccurrences(of: "history{}", with: "history[]")
      })
  }

  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  private indirect enum Tree: Decodable {
    case object([String: Tree])
    case array([Tree])
    case scalar
    /// `null`, `false`, `[]` or `{}`.
    case null

    init(from decoder: any Decoder) throws {
      if let object = try? decoder.container(keyedBy: Key.self) {
        var members: [String: Tree] = [:]
        for key in object.allKeys {
          members[key.stringValue] = try object.decode(Tree.self, forKey: key)
        }
        self = members.isEmpty ? .null : .object(members)
      } else if var array = try? decoder.unkeyedContainer() {
        var elements: [Tree] = []
        while !array.isAtEnd { elements.append(try array.decode(Tree.self)) }
        self = elements.isEmpty ? .null : .array(elements)
      } else {
        let value = try decoder.singleValueContainer()
        self = value.decodeNil() || (try? value.decode(Bool.self)) == false ? .null : .scalar
      }
    }

    func collect(into paths: inout Set<String>, prefix: String) {
      switch self {
      case .object(let members):
        for (key, value) in members where !value.isNull {
          let path = prefix.isEmpty ? key : "\(prefix).\(key)"
          paths.insert(path)
          value.collect(into: &paths, prefix: path)
        }
      case .array(let elements):
        for (index, element) in elements.enumerated() where !element.isNull {
          paths.insert("\(prefix)[\(index)]")
          element.collect(into: &paths, prefix: "\(prefix)[\(index)]")
        }
      case .scalar, .null: break
      }
    }

    var isNull: Bool {
      if case .null = self { return true }
      return false
    }
  }
}
