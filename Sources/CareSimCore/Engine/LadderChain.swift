/// A scenario in which every resident is a Markov chain over a few states, run with one draw a month.
///
/// When nothing but the need move can change a resident's month (no covariates, loneliness, carer
/// strain, crises, delayed signalling, substitution, volunteering, uptake, dropout or limited
/// capacity, and quality of life is the utility of the level), a resident's whole state is the need
/// level, participation and whether an informal carer is active. That is the cohort model of the
/// reference ladder and of many teaching cases. The chain tabulates each state's care class, quality
/// of life and move bands once, with the expressions of ``MonthlyStepper/evolve(_:profile:month:arm:capacity:events:)``,
/// so a resident-month costs a draw, a comparison and three additions and gives the same bits as the
/// general step (tests show it).
struct LadderChain: Sendable {
  /// One chain state: what its month adds to the tally, and where its moves start.
  struct State: Sendable {
    var isDead: Bool
    var utility: Double
    var careClass: Int
    var qualityOfLifeUnits: Int
    var participants: Int
    /// The probability of moving at all: a draw at or above it stays.
    var moveMass: Double
    var firstMove: Int
    var moveCount: Int
  }

  /// A move out of a state: taken when the draw is below `bandEnd` and above the previous band.
  struct Move: Sendable {
    var bandEnd: Double
    var next: Int
    var isAdmission: Bool
  }

  let states: [State]
  let moves: [Move]

  /// The chain of a scenario, or nil when some mechanism makes a month depend on more than the need
  /// move.
  init?(
    _ parameters: ScenarioParameters, tables: StepTables, constants: StepConstants,
    covariates: CovariateTables.Scalars
  ) {
    let quality = parameters.qualityOfLife
    let volunteering = parameters.intervention.volunteering
    let onlyTheNeedMoveActs = [
      !covariates.isActive,
      constants.lonelinessOnset == 0, !constants.canResolveLoneliness,
      Self.carersStayActive(parameters, tables: tables),
      tables.levels.allSatisfy { $0.crisisProbability == 0 },
      constants.signalling == 1, constants.participantSignalling == 1,
      constants.substitutionShare == 0, constants.extraTrajectoryProbability == 0,
      constants.uptake == 0, constants.dropout == 0,
      volunteering.initialShareOfParticipants == 0, constants.volunteering == 0,
      parameters.intervention.capacity.coordinatorSlots == nil,
      quality.monthlyShockSD == 0, quality.ageDeclinePerYear == 0,
      quality.lonelinessDecrement == 0, quality.participationGain == 0, quality.volunteerGain == 0,
    ]
    guard onlyTheNeedMoveActs.allSatisfy({ $0 }) else { return nil }
    // Quality of life must be exactly the level's utility after every move between living levels,
    // and no level at home may lie below the minimum for living at home.
    let living = tables.levels.indices.filter { $0 != constants.deadLevel }
    for from in living {
      for to in living {
        let utility = tables.levels[to].utility
        let score = QualityOfLife.adjusted(
          tables.levels[from].utility, towards: utility, constants: constants)
        guard clampUnit(score) == utility else { return nil }
      }
      let rule = tables.levels[from]
      if rule.isAtHome && rule.utility < constants.minimumForLivingAtHome { return nil }
    }

    var states: [State] = []
    var moves: [Move] = []
    for index in 0..<tables.levels.count * Self.statesPerLevel {
      let (level, participates, hasActiveCarer) = Self.decode(index)
      let rule = tables.levels[level]
      let representative = ResidentState(
        needLevel: UInt8(level), servedLevel: UInt8(level),
        participation: participates ? .participating : .none, hasCarer: hasActiveCarer,
        qualityOfLife: rule.utility)
      // An unlimited intervention serves every participant fully.
      let ratios = participates ? constants.prevented(.none, intensity: 1) : .none
      let multipliers = MonthlyTransition.multipliers(ratios)
      let moveMass = (rule.moveMass * multipliers).sum()
      let scale = MonthlyTransition.scale(total: moveMass)
      var bandEnd = 0.0
      let firstMove = moves.count
      for move in tables.moves[rule.firstMove..<rule.firstMove + rule.moveCount] {
        bandEnd += MonthlyTransition.width(of: move, multipliers: multipliers, scale: scale)
        let target = tables.levels[move.target]
        // Participation ends when the resident leaves home; nobody takes it up again.
        moves.append(
          Move(
            bandEnd: bandEnd,
            next: Self.index(
              level: move.target, participates: participates && target.isAtHome,
              hasActiveCarer: hasActiveCarer),
            isAdmission: rule.isAtHome && target.kind == .institutional))
      }
      states.append(
        State(
          isDead: level == constants.deadLevel, utility: rule.utility,
          careClass: CareClass.index(
            of: representative, efficiencyApplies: constants.hasEfficiency),
          qualityOfLifeUnits: MonthlyCounts.units(ofQualityOfLife: rule.utility),
          participants: participates ? 1 : 0, moveMass: moveMass, firstMove: firstMove,
          moveCount: moves.count - firstMove))
    }
    self.states = states
    self.moves = moves
  }

  /// Whether no informal carer can break down: there are none, or their strain never rises.
  static func carersStayActive(_ parameters: ScenarioParameters, tables: StepTables) -> Bool {
    let population = parameters.population
    let noCarers = population.carerLivingAlone == 0 && population.carerLivingWithOthers == 0
    let noStrain =
      tables.levels.allSatisfy { $0.carerStrainPerMonth == 0 }
      && parameters.informalCare.breakdownThreshold > 0
    return noCarers || noStrain
  }

  /// Participation and an active carer, for each level.
  static let statesPerLevel = 4

  static func index(level: Int, participates: Bool, hasActiveCarer: Bool) -> Int {
    level * statesPerLevel + (participates ? 2 : 0) + (hasActiveCarer ? 1 : 0)
  }

  static func decode(_ index: Int) -> (level: Int, participates: Bool, hasActiveCarer: Bool) {
    (index / statesPerLevel, index & 2 != 0, index & 1 != 0)
  }

  /// The chain state of a resident at the start of a run.
  func index(of state: ResidentState) -> Int {
    let index = Self.index(
      level: Int(state.needLevel), participates: state.isParticipating,
      hasActiveCarer: state.hasActiveCarer)
    precondition(
      state.servedLevel == state.needLevel && state.participation != .waiting
        && !state.isVolunteer && !state.isSubstituted && state.carerStrain == 0
        && (states[index].isDead || state.qualityOfLife == states[index].utility),
      "a chain resident starts with met need, no volunteering and the level's utility")
    return index
  }

  /// Runs one arm: every resident through all months, or until death.
  func run(profiles: [ResidentProfile], states initialStates: [ResidentState], into tally: ArmTally)
  {
    states.withUnsafeBufferPointer { states in
      moves.withUnsafeBufferPointer { moves in
        for (profile, state) in zip(profiles, initialStates) {
          Self.live(
            from: index(of: state),
            stream: profile.stream, states: states, moves: moves, tally: tally)
        }
      }
    }
  }

  @inline(never)
  static func live(
    from start: Int, stream: RandomStreamKey, states: UnsafeBufferPointer<State>,
    moves: UnsafeBufferPointer<Move>, tally: ArmTally
  ) {
    let classesPerMonth = tally.classesPerMonth
    let classCounts = tally.residentsByClass
    let counts = tally.counts
    var current = start
    for month in 0..<tally.months {
      let state = states[current]
      if state.isDead { break }
      classCounts[month &* classesPerMonth &+ state.careClass] &+= 1
      counts[month].qualityOfLifeUnits &+= state.qualityOfLifeUnits
      counts[month].participants &+= state.participants
      let uniform = stream.uniform(month: month, .transition)
      guard uniform < state.moveMass else { continue }
      for move in moves[state.firstMove..<state.firstMove &+ state.moveCount]
      where uniform < move.bandEnd {
        current = move.next
        if move.isAdmission { counts[month].events.admissions &+= 1 }
        break
      }
    }
  }
}
