import CareSimCore
import Foundation
import JSON5

/// What a shard folder says about itself (`shard.json`): which command's work it holds, on what
/// input, and which of the command's blocks.
///
/// Shards merge only when everything that decides their numbers agrees: CareSim's version, the
/// command, the scenario's bytes (its hash), the seed, the options that change results, the block
/// size and the number of blocks and shards.
public struct ShardManifest: Sendable, Equatable {
  public static let fileName = "shard.json"
  public static let blocksFileName = "blocks.bin"

  public var caresimVersion: String
  /// The command whose work is cut into blocks, such as `run`.
  public var command: String
  /// The shard's command line as typed, with the program called `caresim`.
  public var commandLine: [String]
  /// The scenario file as the command line named it, and its ``Scenario``-style hash.
  public var scenario: String
  public var scenarioHash: String
  public var seed: UInt64
  /// The options that change results (`replications`), as text.
  public var options: [String: String]
  /// Replications per block.
  public var blockSize: Int
  /// The command's blocks, all shards together.
  public var blockCount: Int
  public var shard: Shard
  /// The blocks this shard holds.
  public var blocks: Range<Int>

  public init(
    caresimVersion: String = CareSimVersion.current, command: String, commandLine: [String],
    scenario: String, scenarioHash: String, seed: UInt64, options: [String: String],
    blockSize: Int, blockCount: Int, shard: Shard
  ) {
    self.caresimVersion = caresimVersion
    self.command = command
    self.commandLine = commandLine
    self.scenario = scenario
    self.scenarioHash = scenarioHash
    self.seed = seed
    self.options = options
    self.blockSize = blockSize
    self.blockCount = blockCount
    self.shard = shard
    blocks = shard.blocks(of: blockCount)
  }

  /// What must agree between shards for them to merge, by the name a message gives it.
  public var agreement: [(field: String, value: String)] {
    [
      ("caresimVersion", caresimVersion), ("command", command), ("scenarioHash", scenarioHash),
      ("seed", String(seed)),
    ] + options.keys.sorted().map { ("options.\($0)", options[$0] ?? "") } + [
      ("blockSize", String(blockSize)), ("blockCount", String(blockCount)),
      ("shards", String(shard.count)),
    ]
  }

  public func encoded() -> Data {
    var data = JSONValue.object([
      "about": .string(
        "A shard of a CareSim command: merge every shard with 'caresim merge SHARD... --out DIR'."),
      "caresimVersion": .string(caresimVersion),
      "command": .string(command),
      "commandLine": .array(commandLine.map(JSONValue.string)),
      "scenario": .string(scenario),
      "scenarioHash": .string(scenarioHash),
      // A string: a 64-bit seed does not fit a JSON number's 53 bits.
      "seed": .string(String(seed)),
      "options": .object(options.mapValues(JSONValue.string)),
      "blockSize": .number(Double(blockSize)),
      "blockCount": .number(Double(blockCount)),
      "shard": .number(Double(shard.index)),
      "shards": .number(Double(shard.count)),
      "blocks": .array([.number(Double(blocks.lowerBound)), .number(Double(blocks.upperBound))]),
    ]).encoded(prettyPrinted: true)
    data.append(0x0A)
    return data
  }

  /// Reads the manifest of the shard folder `folder`.
  ///
  /// - Throws: ``ShardError/notAShard(path:)`` when the folder holds none, or
  ///   ``ShardError/damaged(path:reason:)`` when it is not one CareSim wrote.
  public static func read(folder: String) throws(ShardError) -> ShardManifest {
    let url = URL(fileURLWithPath: folder).appendingPathComponent(fileName)
    guard let data = try? Data(contentsOf: url) else { throw .notAShard(path: folder) }
    guard let json = try? JSONValue.parse(data), let fields = json.objectValue,
      let version = fields["caresimVersion"]?.stringValue,
      let command = fields["command"]?.stringValue,
      let commandLine = fields["commandLine"]?.arrayValue?.compactMap(\.stringValue),
      let scenario = fields["scenario"]?.stringValue,
      let hash = fields["scenarioHash"]?.stringValue,
      let seed = fields["seed"]?.stringValue.flatMap({ UInt64($0) }),
      let options = fields["options"]?.objectValue?.compactMapValues(\.stringValue),
      let blockSize = whole(fields["blockSize"]), blockSize >= 1,
      let blockCount = whole(fields["blockCount"]), blockCount >= 1,
      let index = whole(fields["shard"]), let count = whole(fields["shards"]),
      let shard = Shard(index: index, count: count), count <= blockCount
    else { throw .damaged(path: folder, reason: "\(fileName) is not a CareSim shard manifest") }
    return ShardManifest(
      caresimVersion: version, command: command, commandLine: commandLine, scenario: scenario,
      scenarioHash: hash, seed: seed, options: options, blockSize: blockSize,
      blockCount: blockCount, shard: shard)
  }

  private static func whole(_ value: JSONValue?) -> Int? {
    value?.numberValue.flatMap { Int(exactly: $0) }
  }
}
