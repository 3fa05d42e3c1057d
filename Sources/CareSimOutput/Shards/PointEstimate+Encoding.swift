import CareSimCore
import Foundation

/// An analysis shard's blocks (its settings' estimates, the last block the base's) in the
/// compact form its folder keeps (`blocks.bin`).
///
/// All little-endian. Per block: its index and replications (64-bit integers); per perspective
/// the net benefit's mean and standard error and the probability of a gain; the QALY gain's,
/// the intervention cost's and the net monetary benefit's mean and standard error; the two
/// benefit-cost ratios, NaN for none (a ratio itself is never NaN: it needs a positive cost).
/// 200 bytes a block.
extension PointEstimate {
  /// The bytes of the estimates of blocks `first`, `first + 1`, ….
  public static func encoded(_ estimates: [PointEstimate], first: Int) -> Data {
    var writer = BinaryWriter()
    for (offset, estimate) in estimates.enumerated() {
      writer.append(first + offset)
      writer.append(estimate.replications)
      for perspective in Perspective.allCases {
        writer.append(estimate.netBenefit(perspective).mean)
        writer.append(estimate.netBenefit(perspective).standardError)
        writer.append(estimate.probabilityOfGain[perspective.rawValue])
      }
      for mean in [estimate.qalyGain, estimate.interventionCost, estimate.netMonetaryBenefit] {
        writer.append(mean.mean)
        writer.append(mean.standardError)
      }
      writer.append(estimate.financialBenefitCostRatio ?? .nan)
      writer.append(estimate.socialBenefitCostRatio ?? .nan)
    }
    return writer.data
  }

  /// Reads what ``encoded(_:first:)`` wrote: the block indices and their estimates.
  ///
  /// - Parameters:
  ///   - data: The bytes.
  ///   - path: The file, for messages.
  /// - Returns: Each block's index and estimate, in the order written.
  /// - Throws: ``ShardError/damaged(path:reason:)`` when the bytes are cut short.
  public static func decoded(_ data: Data, path: String) throws(ShardError)
    -> [(index: Int, estimate: PointEstimate)]
  {
    var reader = BinaryReader(data: data, path: path)
    var blocks: [(index: Int, estimate: PointEstimate)] = []
    while !reader.isAtEnd {
      let index = try reader.integer()
      let replications = try reader.integer()
      var netBenefit: [MeanEstimate] = []
      var probabilityOfGain: [Double] = []
      for _ in Perspective.allCases {
        netBenefit.append(
          MeanEstimate(mean: try reader.double(), standardError: try reader.double()))
        probabilityOfGain.append(try reader.double())
      }
      var means: [MeanEstimate] = []
      for _ in 0..<3 {
        means.append(MeanEstimate(mean: try reader.double(), standardError: try reader.double()))
      }
      let financial = try reader.double()
      let social = try reader.double()
      blocks.append(
        (
          index,
          PointEstimate(
            replications: replications, netBenefit: netBenefit,
            probabilityOfGain: probabilityOfGain, qalyGain: means[0], interventionCost: means[1],
            netMonetaryBenefit: means[2],
            financialBenefitCostRatio: financial.isNaN ? nil : financial,
            socialBenefitCostRatio: social.isNaN ? nil : social)
        ))
    }
    return blocks
  }
}
