/// The bounds with which ``ThresholdWatch`` settles the common month without making its
/// decisions: at each level, no variant's probability of a move or of a crisis exceeds the base's
/// times the level's bound, so a draw above that moves every variant as it moves the base.
///
/// Why the bound holds. In a month at level `l`, a resident's ratio for move category `c` is
/// `a[c] · s[c]`: `a` the row of the covariates' table by age (level `l`'s block, the resident's
/// whole years; a man's row is a woman's times the ratios for men), `s` the product of the
/// state's ratios (quality of life, loneliness, a carer's breakdown, unmet need). The row moves
/// the resident when the draw lies below `T = Σ m[c] · a[c] · s[c]`, `m` the row's mass per
/// category (recoveries' ratio is 1); a row that sums past 1 is scaled back only to place the
/// bands of a month that moves, so whether it moves is the draw against this unscaled total.
/// Quality of life's ratios are no threshold, so they are the same in the base and the variant;
/// each binary covariate (the ratios for men among them) raises `s[c]` by at most its largest
/// ratio of variant to base, or 1 when it does not apply: by ``hazardBound(of:over:)`` in all.
/// Taking `q`, the largest ratio over women's ages and categories of the variant's `m[c] · a[c]`
/// to the base's, the variant's total is at most `q · hazardBound` times the base's. A crisis at
/// `l` has the probability `crisis[l] · a[admission] · s[admission]`, bounded alike. Each bound
/// is at least 1, so a draw above it settles the base's month too.
///
/// Where a variant's term is positive and the base's 0, the bound is infinite: its product with
/// the base's 0 is not a number, below which every draw may fall (``mayFallBelow(_:_:bound:)``),
/// so every draw at that level is compared.
extension ThresholdWatch {
  /// How far the variants' hazards at one level can rise above the base's.
  struct LevelBound: Sendable, Equatable {
    /// Bounds a variant's probability of moving, over the base's.
    var move: Double
    /// Bounds a variant's crisis probability, over the base's; 0 when neither the base nor any
    /// variant has crises at the level, so that no crisis draw is read.
    var crisis: Double

    /// The base's own hazards at `rule`'s level, unraised: a draw above them moves nobody.
    init(unraisedAt rule: LevelRule) {
      move = 1
      crisis = rule.crisisProbability > 0 ? 1 : 0
    }
  }

  /// Whether `draw` may fall below some variant's threshold, where the base's is `threshold` and
  /// no variant's exceeds `threshold * bound`.
  @inline(__always)
  static func mayFallBelow(_ draw: Double, _ threshold: Double, bound: Double) -> Bool {
    // Not `draw < threshold * bound`: an infinite bound over a threshold of 0 is NaN.
    !(draw >= threshold * bound)
  }

  /// Whether the month's need move or crisis may fall out otherwise than the base's, for hazards
  /// that rise at most by `bound` over the base's (whose move probability is `total`); with the
  /// base's own hazards, whether the base may move or have a crisis at all.
  @inline(__always)
  static func mayMove(
    within bound: LevelBound, from: Int, total: Double, moveUniform: Double,
    covariateRatios: HazardRatios, stream: RandomStreamKey, month: Int, stepper: MonthlyStepper
  ) -> Bool {
    mayFallBelow(moveUniform, total, bound: bound.move)
      || (bound.crisis > 0
        && mayFallBelow(
          stream.uniform(month: month, .crisis),
          stepper.crisisProbability(
            at: from, covariateRatios: covariateRatios, participates: false, intensity: 0),
          bound: bound.crisis))
  }

  /// Each level's bound over all `variants` (see the extension's comment).
  static func levelBounds(
    of variants: [(thresholds: ControlArmThresholds, stepper: MonthlyStepper)],
    over base: (thresholds: ControlArmThresholds, stepper: MonthlyStepper)
  ) -> [LevelBound] {
    var bounds = base.stepper.levels.map(LevelBound.init(unraisedAt:))
    for variant in variants {
      let covariates = hazardBound(of: variant.thresholds, over: base.thresholds)
      let ageRowsDiffer =
        variant.thresholds.hazards.ageRatios != base.thresholds.hazards.ageRatios
      for level in bounds.indices {
        let rise = Self.rise(
          at: level, of: variant.stepper, over: base.stepper, acrossAges: ageRowsDiffer)
        bounds[level].move = max(bounds[level].move, max(1, rise.move) * covariates)
        if variant.stepper.levels[level].crisisProbability > 0 {
          bounds[level].crisis = max(bounds[level].crisis, max(1, rise.crisis) * covariates)
        }
      }
    }
    return bounds
  }

  /// The largest ratio at `level` of `variant`'s move and crisis probabilities (before the
  /// state's ratios) to `base`'s, over women's ages when their tables by age differ.
  private static func rise(
    at level: Int, of variant: MonthlyStepper, over base: MonthlyStepper, acrossAges: Bool
  ) -> (move: Double, crisis: Double) {
    // 0 where the variant's term is 0, infinite where only the base's is.
    func ratio(_ variantTerm: Double, _ baseTerm: Double) -> Double {
      variantTerm == 0 ? 0 : variantTerm / baseTerm
    }
    let variantRule = variant.levels[level]
    let baseRule = base.levels[level]
    var move = 0.0
    var crisis = 0.0
    for age in 0...(acrossAges ? CovariateTables.maximumAge : 0) {
      // Tables that agree scale both alike: their masses alone compare.
      let variantAge =
        acrossAges ? variant.ageRatios[level * variant.covariates.levelStride + age] : .none
      let baseAge = acrossAges ? base.ageRatios[level * base.covariates.levelStride + age] : .none
      let variantTerms = variantRule.moveMass * MonthlyTransition.multipliers(variantAge)
      let baseTerms = baseRule.moveMass * MonthlyTransition.multipliers(baseAge)
      for category in 0..<4 {
        move = max(move, ratio(variantTerms[category], baseTerms[category]))
      }
      crisis = max(
        crisis,
        ratio(
          variantRule.crisisProbability * variantAge.admission,
          baseRule.crisisProbability * baseAge.admission))
    }
    return (move, crisis)
  }

  /// How far a variant's binary covariates' ratios (the ratios for men among them) can raise a
  /// hazard above the base's, with a margin for rounding: the product over those thresholds of
  /// their largest ratio (at least 1).
  static func hazardBound(
    of variant: ControlArmThresholds, over base: ControlArmThresholds
  ) -> Double {
    func largestRatio(_ variant: HazardRatios, _ base: HazardRatios) -> Double {
      let pairs = [
        (variant.progression, base.progression), (variant.admission, base.admission),
        (variant.death, base.death),
      ]
      // A base ratio of 0 leaves no bound: every draw is then checked.
      return pairs.map { $0 == $1 ? 1 : $0 / $1 }.reduce(1, max)
    }
    let bound = ControlArmThreshold.allCases.reduce(1.0) { bound, threshold in
      guard case .hazardRatios(let ratios) = threshold.value(in: variant),
        case .hazardRatios(let baseRatios) = threshold.value(in: base)
      else { return bound }
      return bound * largestRatio(ratios, baseRatios)
    }
    return bound * (1 + 1e-9)
  }
}
