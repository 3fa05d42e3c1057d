/// Loneliness starts and resolves each month; taking part raises the chance that it resolves.
extension StepConstants {
  /// The loneliness mechanism's constants.
  struct Loneliness: StepMechanism {
    /// Monthly chances that loneliness starts, and that it resolves, without the intervention.
    var onset: Double
    var resolution: Double
    /// The monthly chance that a participant's loneliness resolves.
    var participantResolution: Double
    /// Whether loneliness can resolve at all, with or without the intervention.
    var canResolve: Bool

    init(_ parameters: ScenarioParameters) {
      onset = parameters.informalCare.lonelinessOnset
      resolution = parameters.informalCare.lonelinessResolution
      participantResolution = parameters.intervention.participantLonelinessResolution
      canResolve = resolution > 0 || participantResolution > 0
    }

    var acts: Bool { onset > 0 || canResolve }

    static func clear(_ fields: MechanismFields, in parameters: inout ScenarioParameters) {
      switch fields {
      case .afterUptake: parameters.intervention.participantLonelinessResolution = 0
      case .uptake, .prices: break
      }
    }
  }
}

extension MonthlyStepper {
  /// Whether this month's loneliness phase can change the resident.
  @inline(__always)
  func lonelinessCanChange(_ state: ResidentState) -> Bool {
    state.isLonely ? constants.loneliness.canResolve : constants.loneliness.onset > 0
  }

  /// Loneliness starts and resolves; taking part raises the chance that it resolves.
  @inline(__always)
  func updateLoneliness(
    _ state: inout ResidentState, stream: RandomStreamKey, month: Int,
    intensity: Double
  ) {
    if state.isLonely {
      let resolution =
        constants.loneliness.resolution
        + (constants.loneliness.participantResolution - constants.loneliness.resolution)
        * intensity
      if resolution > 0 && stream.uniform(month: month, .lonelinessChange) < resolution {
        state.isLonely = false
      }
    } else if constants.loneliness.onset > 0,
      stream.uniform(month: month, .lonelinessChange) < constants.loneliness.onset
    {
      state.isLonely = true
    }
  }
}
