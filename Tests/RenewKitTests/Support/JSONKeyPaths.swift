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
