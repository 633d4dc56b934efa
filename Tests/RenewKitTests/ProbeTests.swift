import FoundationEssentials
import RenewKit
import Testing

@Suite struct ProbeTests {
  @Test("probe") func probe() throws {
    let inputs: [String] = [
      "{\"version\": 01}", "{\"version\": 1e400}", "{\"version\": 1.5}", "{\"version\": 99999999999999999999}",
      "{\"cards\": [{\"name\": \"a\", \"number\": \"1\", \"added\": \"2026-01-01\", \"remind\": 1e400}]}",
      "{\"cards\": [{\"name\": \"a\", \"number\": \"1\", \"added\": \"2026-01-01\", \"remind\": 2.5}]}",
      "{\"cards\": [{\"name\": \"a\", \"number\": \"1\", \"added\": \"2026-01-01\", \"anchorDay\": 99999999999999999999}]}",
    ]
    struct V: Decodable { var version: Int }
    for input in inputs {
      do {
        _ = try JSONDecoder().decode(Document.self, from: Data(input.utf8))
        print("OK", input)
      } catch {
        if case .dataCorrupted(let c) = error as? DecodingError { print("ERR", input, c.codingPath.map(\.stringValue), String(describing: c.underlyingError)) }
      }
      do {
        _ = try Store.decode(Array(input.utf8), path: "f")
      } catch { print("  store:", error) }
    }
  }
}
