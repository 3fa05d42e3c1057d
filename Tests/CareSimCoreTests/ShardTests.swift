import CareSimCore
import Testing

@Suite struct ShardTests {
  /// Every block in exactly one shard, in order, the shards' sizes differing by at most one.
  @Test(arguments: [1, 2, 3, 7, 64, 1000])
  func shardsCoverTheBlocksOnceAndBalanced(blocks: Int) throws {
    for count in 1...min(blocks, 20) {
      let ranges = try (0..<count).map { index in
        try #require(Shard(index: index, count: count)).blocks(of: blocks)
      }
      #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == blocks)
      for (left, right) in zip(ranges, ranges.dropFirst()) {
        #expect(left.upperBound == right.lowerBound, "\(count) shards of \(blocks)")
      }
      let sizes = ranges.map(\.count)
      #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1, "\(count) shards of \(blocks)")
      #expect(!sizes.contains(0), "\(count) shards of \(blocks)")
    }
  }

  @Test func aShardOutsideItsCountIsNone() {
    #expect(Shard(index: 3, count: 3) == nil)
    #expect(Shard(index: -1, count: 3) == nil)
    #expect(Shard(index: 0, count: 0) == nil)
    #expect(Shard(index: 2, count: 3)?.description == "2/3")
  }

  @Test func blocksCoverTheReplications() {
    #expect(RunBlock.count(replications: 0) == 0)
    #expect(RunBlock.count(replications: 1) == 1)
    #expect(RunBlock.count(replications: RunBlock.size) == 1)
    #expect(RunBlock.count(replications: RunBlock.size + 1) == 2)
    #expect(
      RunBlock.replications(in: 1..<2, of: RunBlock.size + 5) == RunBlock.size..<(RunBlock.size + 5)
    )
  }
}
