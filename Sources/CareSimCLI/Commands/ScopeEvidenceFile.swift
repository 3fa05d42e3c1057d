import CareSimCore
import CareSimOutput
import Foundation

/// The file in which the shard that runs an analysis's base keeps what the base's scope warnings
/// read (``ScopeEvidence/Means``), so that a merge warns as the one-process run does without
/// running the base again.
///
/// Each number is written as the hexadecimal bit pattern of its `Double`, so it reads back with
/// the same bits: the warnings' figures are the one-process run's to the last digit.
enum ScopeEvidenceFile {
  static let fileName = "base-scope.txt"

  /// The file's text: a line a field, its name then its values.
  static func encoded(_ means: ScopeEvidence.Means) -> Data {
    func bits(_ values: [Double]) -> String {
      values.map { String($0.bitPattern, radix: 16) }.joined(separator: " ")
    }
    let lines = [
      "months \(means.months)",
      "aliveAtEnd \(means.aliveAtEnd.map { bits([$0]) } ?? "none")",
      "interventionCost \(bits([means.interventionCost]))",
      "participants \(bits(means.participants))",
      "volunteers \(bits(means.volunteers))",
      "waiting \(bits(means.waiting))",
    ]
    return Data((lines.joined(separator: "\n") + "\n").utf8)
  }

  /// The means of the base from the shard at `path` that ran it; nil when the shard has no such
  /// file (written before shards kept it: the merge then runs the base for its warnings).
  ///
  /// - Throws: ``ShardError/damaged(path:reason:)`` when the file cannot be read back.
  static func read(shard path: String) throws(ShardError) -> ScopeEvidence.Means? {
    let url = URL(fileURLWithPath: path).appendingPathComponent(fileName)
    guard let data = try? Data(contentsOf: url) else { return nil }
    let damaged = ShardError.damaged(path: path, reason: "\(fileName) is not readable")
    var fields: [String: [String]] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let words = line.split(separator: " ").map(String.init)
      guard let name = words.first else { throw damaged }
      fields[name] = Array(words.dropFirst())
    }
    func numbers(_ name: String) throws(ShardError) -> [Double] {
      var values: [Double] = []
      for word in fields[name] ?? [] {
        guard let bits = UInt64(word, radix: 16) else { throw damaged }
        values.append(Double(bitPattern: bits))
      }
      return values
    }
    guard let monthsText = fields["months"]?.first, let months = Int(monthsText),
      let alive = fields["aliveAtEnd"], let cost = try numbers("interventionCost").first
    else { throw damaged }
    let participants = try numbers("participants")
    let volunteers = try numbers("volunteers")
    let waiting = try numbers("waiting")
    guard [participants, volunteers, waiting].allSatisfy({ $0.count == months }) else {
      throw damaged
    }
    return ScopeEvidence.Means(
      months: months, participants: participants, volunteers: volunteers, waiting: waiting,
      aliveAtEnd: alive == ["none"] ? nil : try numbers("aliveAtEnd").first,
      interventionCost: cost)
  }
}
