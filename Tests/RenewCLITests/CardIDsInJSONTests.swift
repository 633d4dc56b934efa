import Foundation
import Testing

@testable import RenewCLI

/// Every card in every `--json` output carries its id, as the ledger promises.
@Suite struct CardIDsInJSONTests {
  /// A sandbox with one monthly card renewed once, and that card's id.
  func renewedCard() throws -> (Sandbox, String) {
    let box = try Sandbox()
    let add = [
      "add", "中国移动", "--number", "1", "--expires", "2026-03-05", "--period", "1m", "--price",
      "30 CNY",
    ]
    #expect(box.run(add).code == 0)
    #expect(box.run(["log", "中国移动"]).code == 0)
    let shown = try parseJSON(box.run(["show", "中国移动", "--json"]).stdout, as: [String: Any].self)
    return (box, try #require(shown["id"] as? String))
  }

  @Test("forecast --json gives each card's id beside its name")
  func forecast() throws {
    let (box, id) = try renewedCard()
    let result = try parseJSON(
      box.run(["forecast", "--months", "2", "--json"]).stdout, as: [String: Any].self)
    let card = try #require((result["cards"] as? [[String: Any]])?.first)
    #expect(Set(card.keys) == ["costs", "currency", "id", "lost", "name", "total"])
    #expect(card["id"] as? String == id)
  }

  @Test("spend --json gives a card group its id, and a month group a null one")
  func spend() throws {
    let (box, id) = try renewedCard()
    let byCard = try parseJSON(box.run(["spend", "--json"]).stdout, as: [String: Any].self)
    let group = try #require((byCard["groups"] as? [[String: Any]])?.first)
    #expect(Set(group.keys) == ["id", "name", "paid", "payments"])
    #expect(group["id"] as? String == id)
    let byMonth = try parseJSON(
      box.run(["spend", "--by", "month", "--json"]).stdout, as: [String: Any].self)
    let month = try #require((byMonth["groups"] as? [[String: Any]])?.first)
    #expect(Set(month.keys) == ["id", "name", "paid", "payments"])
    #expect(month["id"] is NSNull)
  }
}
