/// The month's decisions that a what-if threshold may change, composed in the month's order.
///
/// ``evolve(_:profile:month:in:capacity:events:stepWatch:)`` makes them one by one, calling the
/// decisions' pure functions in its phases (calling `decide` from the step cost a tenth more
/// instructions there under callgrind: the compiler kept fewer constants in registers), and the
/// build with `CARESIM_INTERNAL_CHECKS` checks every month that
/// ``decide(_:covariateRatios:participates:intensity:thresholds:moveUniform:draws:)`` agrees with
/// it. ``ThresholdWatch`` calls `decide` on the base's stepper and on each variant's, with their
/// thresholds.
extension MonthlyStepper {
  /// What a month's draws decide before quality of life moves: the level after the need move and
  /// escalation (and the choice of care at home), and whether a need above the care served is
  /// signalled.
  struct Decisions: Equatable {
    /// The level after the need move and, after a crisis, admission.
    var level: Int
    var crisis: Bool
    /// Whether a need above the care served at `level` at home is signalled; a crisis signals it.
    var signalled: Bool
  }

  /// The thresholds of ``decide(_:covariateRatios:participates:intensity:thresholds:moveUniform:draws:)``
  /// besides the hazard ratios: probabilities that its draws are compared with.
  struct DecisionThresholds: Sendable, Equatable {
    /// The chance that a crisis ends in admission.
    var crisisAdmission: Chance
    /// This month's chance that a need above the care served is signalled.
    var signalling: Chance
  }

  /// The need move, a crisis and the admission after it, and signalling, in the month's order.
  ///
  /// - Parameters:
  ///   - state: The resident at the start of the month's move.
  ///   - covariateRatios: The covariates' hazard ratios this month (see
  ///     ``covariateRatios(_:ageInMonths:isFemale:)``).
  ///   - participates: Whether the resident takes part; prevention and the participants'
  ///     crisis risk then act, scaled by `intensity`.
  ///   - intensity: How fully the intervention serves the resident (0 if not taking part).
  ///   - thresholds: The probabilities the draws are compared with.
  ///   - moveUniform: The month's need-move draw.
  ///   - draws: The month's other draws, each read only when needed.
  /// - Returns: What the draws decide.
  func decide(
    _ state: ResidentState, covariateRatios: HazardRatios, participates: Bool, intensity: Double,
    thresholds: DecisionThresholds, moveUniform: Double, draws: some DecisionDraws
  ) -> Decisions {
    let start = Int(state.needLevel)
    let ratios =
      participates ? prevented(covariateRatios, intensity: intensity) : covariateRatios
    var level = chosenLevel(
      nextLevel(from: start, ratios: ratios, uniform: moveUniform), from: start, draws: draws)
    var crisis = false
    if levels[level].crisisProbability > 0
      && hasCrisis(
        at: level, covariateRatios: covariateRatios, participates: participates,
        intensity: intensity, uniform: draws.uniform(.crisis))
    {
      crisis = true
      level = chosenLevel(
        levelAfterCrisis(at: level, admission: thresholds.crisisAdmission, draws: draws),
        from: start, draws: draws)
    }
    let signalled =
      crisis
      || (levels[level].isAtHome && level > Int(state.servedLevel)
        && (levels[level].deliversCareAtOnce
          || Self.isSignalled(thresholds.signalling, draws: draws)))
    return Decisions(level: level, crisis: crisis, signalled: signalled)
  }
}

/// Where ``MonthlyStepper/decide(_:covariateRatios:participates:intensity:thresholds:moveUniform:draws:)``
/// reads a month's draws: the step reads its stream; a watch comparing several thresholds reads
/// each draw once.
protocol DecisionDraws {
  func uniform(_ decision: RandomDecision) -> Double
  /// Whether `decision`'s draw makes an event of `chance` happen: the bits of
  /// `uniform(decision) < chance.probability`.
  func happens(_ chance: Chance, _ decision: RandomDecision) -> Bool
}

extension DecisionDraws {
  /// Draws given as doubles compare doubles.
  func happens(_ chance: Chance, _ decision: RandomDecision) -> Bool {
    uniform(decision) < chance.probability
  }
}

/// A resident's draws of one month, read from the stream when asked for.
struct StreamDraws: DecisionDraws {
  let stream: RandomStreamKey
  let month: Int

  @inline(__always)
  func uniform(_ decision: RandomDecision) -> Double { stream.uniform(month: month, decision) }

  @inline(__always)
  func happens(_ chance: Chance, _ decision: RandomDecision) -> Bool {
    stream.happens(chance, month: month, decision)
  }
}
