import CareSimCore
import JSON5

/// The population: who the residents are at the start, and who joins them during the run.
///
/// ```
/// population: {
///   ageBands: [ { from: 65, to: 75, share: 0.55, initialNeed: { ... } }, ... ],
///   femaleShare: 0.53, livingAloneShare: 0.33,
///   loneliness: { livingAlone: 0.55, livingWithOthers: 0.35 },
///   informalCarer: { livingAlone: 0.4, livingWithOthers: 0.5 },
///   initialNeed: { independent: 0.75, ... },
///   entrants: {
///     perMonth: 4.2,
///     ageBands: [ { from: 65, to: 66, share: 1 } ],
///     initialNeed: { independent: 0.9, multipleProblems: 0.1 },
///   },
/// }
/// ```
/// A band's own `initialNeed` replaces the population's for its residents (need rises with age);
/// the population's is then required only for the bands without one. With `livedFromAge`, each
/// resident's state at the start is lived from that age on (see ``StartingState``): the
/// population's `initialNeed`, loneliness and carer shares are then the mix at that age, and a
/// band's own `initialNeed` is refused, as the history gives each resident's need.
/// Every field of `entrants` but `perMonth` defaults to the initial population's, so an entrant
/// is like an initial resident unless the file says how it differs; without `entrants` (or with
/// `perMonth` 0) the population is closed. `perThousandResidentsPerMonth` gives the rate per
/// 1,000 residents at the start instead of `perMonth`, so that scaling the residents scales the
/// entrants; a file gives one or the other.
extension ScenarioReader {
  /// The keys a population's mix may hold, at the start and for the entrants.
  static let mixKeys: Set<String> = [
    "ageBands", "femaleShare", "livingAloneShare", "loneliness", "informalCarer", "initialNeed",
    "livedFromAge",
  ]

  /// The ages a band may span: the model follows residents from 65 on.
  static let ages = NumberRange(65, 120)

  mutating func readPopulation(
    _ value: JSONValue?, names: [String], levels: [NeedLevel], residents: Int
  ) -> (PopulationProfile, Entrants?) {
    let path = "population"
    let fields = object(value, at: path, keys: Self.mixKeys.union(["entrants"]))
    let initial = readMix(fields, at: path, names: names, levels: levels, defaults: nil)
    return (
      initial,
      readEntrants(
        fields?["entrants"], names: names, levels: levels, initial: initial, residents: residents)
    )
  }

  /// The entrants: how many arrive a month, and their mix, each field defaulting to `initial`'s.
  mutating func readEntrants(
    _ value: JSONValue?, names: [String], levels: [NeedLevel], initial: PopulationProfile,
    residents: Int
  ) -> Entrants? {
    let path = "population.entrants"
    let relative = "perThousandResidentsPerMonth"
    guard
      let fields = object(
        value, at: path, keys: Self.mixKeys.union(["perMonth", relative]), required: false)
    else { return nil }
    let perMonth: Double
    if fields[relative] != nil {
      if fields["perMonth"] != nil {
        report(
          Self.join(path, relative),
          .invalid(
            reason: "gives the entrants a second time: give either 'perMonth' (entrants a month) "
              + "or '\(relative)' (entrants a month per 1,000 residents at the start), not both"))
      }
      // At most every resident replaced each month.
      perMonth =
        number(fields, relative, at: path, allowed: NumberRange(0, 1000)) * Double(residents)
        / 1000
    } else {
      perMonth = number(
        fields, "perMonth", at: path, allowed: NumberRange(0, Double(ScenarioLimits.residents)))
    }
    let mix = readMix(fields, at: path, names: names, levels: levels, defaults: initial)
    return perMonth > 0 ? Entrants(perMonth: perMonth, profile: mix) : nil
  }

  /// The entrants of the horizon fit the population limit with the initial residents; `field`
  /// is the rate as the file gives it.
  mutating func checkEntrants(_ entrants: Entrants?, field: String, residents: Int, months: Int) {
    guard let entrants else { return }
    let count = entrants.count(months: months)
    if count > ScenarioLimits.residents - residents {
      report(
        field,
        .invalid(
          reason: "brings \(count) entrants in \(months) months; with \(residents) residents at "
            + "the start at most \(ScenarioLimits.residents) residents are allowed"))
    }
  }

  /// A population's mix: ages, sex, household, loneliness, informal carers and need.
  ///
  /// - Parameters:
  ///   - fields: The object holding the mix.
  ///   - path: Its field path.
  ///   - names: The ladder's level names.
  ///   - levels: The ladder.
  ///   - defaults: What a field left out is: the initial population's for the entrants; `nil`
  ///     for the initial population, whose own defaults apply (everyone 65, half women, nobody
  ///     alone, lonely or with a carer) and whose need shares are required.
  /// - Returns: The mix, with every problem reported.
  mutating func readMix(
    _ fields: [String: JSONValue]?, at path: String, names: [String], levels: [NeedLevel],
    defaults: PopulationProfile?
  ) -> PopulationProfile {
    var bands = defaults?.ageBands ?? [.init(minimumAge: 65, maximumAge: 65, share: 1)]
    let bandsGiven = fields?["ageBands"] != nil
    if let bandValue = fields?["ageBands"] {
      bands = []
      if let items = bandValue.arrayValue, !items.isEmpty {
        for (index, item) in items.enumerated() {
          let bandPath = "\(path).ageBands.\(index)"
          let band = object(item, at: bandPath, keys: ["from", "to", "share", "initialNeed"])
          let from = number(band, "from", at: bandPath, allowed: Self.ages)
          let to = number(band, "to", at: bandPath, allowed: Self.ages)
          // An age out of range (reported) reads as a stand-in: not compared, or it would give a
          // second, false error.
          let agesAsWritten = !isStandIn("\(bandPath).from") && !isStandIn("\(bandPath).to")
          if agesAsWritten, to < from {
            report(bandPath, .invalid(reason: "'to' (\(to)) is below 'from' (\(from))"))
          }
          let need = band?["initialNeed"].map {
            levelShares($0, at: "\(bandPath).initialNeed", names: names, levels: levels)
          }
          bands.append(
            .init(
              minimumAge: from, maximumAge: to, share: probability(band, "share", at: bandPath),
              initialNeedShares: need))
        }
        checkShares(
          bands.map(\.share), of: "\(path).ageBands",
          writtenAt: items.indices.map { "\(path).ageBands.\($0).share" })
      } else {
        report(
          "\(path).ageBands", .wrongType(expected: "a non-empty array", found: bandValue.typeName))
      }
    }
    let loneliness = object(
      fields?["loneliness"], at: "\(path).loneliness", keys: ["livingAlone", "livingWithOthers"],
      required: false)
    let carer = object(
      fields?["informalCarer"], at: "\(path).informalCarer",
      keys: ["livingAlone", "livingWithOthers"],
      required: false)
    // The mix for bands without their own: required unless every band has one, and then never
    // read, so refused. An entrants' mix replaces the bands' mixes it would otherwise inherit.
    var needShares = defaults?.initialNeedShares ?? []
    let everyBandHasMix = bands.allSatisfy { $0.initialNeedShares != nil }
    if let needValue = fields?["initialNeed"] {
      if bandsGiven && everyBandHasMix {
        report(
          "\(path).initialNeed",
          .invalid(
            reason: "every age band gives its own initialNeed, so this one is never read; "
              + "remove it, or a band's"))
      }
      needShares = levelShares(needValue, at: "\(path).initialNeed", names: names, levels: levels)
      if !bandsGiven {
        bands = bands.map { band in
          var band = band
          band.initialNeedShares = nil
          return band
        }
      }
    } else if !everyBandHasMix && needShares.isEmpty {
      let bandsWithoutMix = bands.indices.filter { bands[$0].initialNeedShares == nil }
      if bandsGiven && bandsWithoutMix.count < bands.count {
        // Some bands give their own mix: the file lacks the others', or one for them all.
        needShares = names.map { _ in 0 }
        for index in bandsWithoutMix {
          report(
            "\(path).ageBands.\(index).initialNeed",
            .missing(
              expected: "a need mix as the other bands give, or \(path).initialNeed for every "
                + "band without one"))
        }
      } else {
        needShares = levelShares(nil, at: "\(path).initialNeed", names: names, levels: levels)
      }
    }
    let start = readStart(fields, at: path, bands: bands, defaults: defaults)
    return PopulationProfile(
      ageBands: bands,
      femaleShare: probability(
        fields, "femaleShare", at: path, default: defaults?.femaleShare ?? 0.5),
      livingAloneShare: probability(
        fields, "livingAloneShare", at: path, default: defaults?.livingAloneShare ?? 0),
      lonelinessLivingAlone: probability(
        loneliness, "livingAlone", at: "\(path).loneliness",
        default: defaults?.lonelinessLivingAlone ?? 0),
      lonelinessLivingWithOthers: probability(
        loneliness, "livingWithOthers", at: "\(path).loneliness",
        default: defaults?.lonelinessLivingWithOthers ?? 0),
      carerLivingAlone: probability(
        carer, "livingAlone", at: "\(path).informalCarer",
        default: defaults?.carerLivingAlone ?? 0),
      carerLivingWithOthers: probability(
        carer, "livingWithOthers", at: "\(path).informalCarer",
        default: defaults?.carerLivingWithOthers ?? 0),
      initialNeedShares: needShares, start: start)
  }

  /// How a mix's residents start: lived from `livedFromAge` (no older than any band's youngest
  /// age, and without bands' own need mixes), or drawn; an entrants' mix takes the initial
  /// population's unless it says.
  mutating func readStart(
    _ fields: [String: JSONValue]?, at path: String, bands: [PopulationProfile.AgeBand],
    defaults: PopulationProfile?
  ) -> StartingState {
    guard fields?["livedFromAge"] != nil else { return defaults?.start ?? .drawn }
    let youngest = bands.map(\.minimumAge).min() ?? 0
    let fromAge = number(
      fields, "livedFromAge", at: path, allowed: NumberRange(0, min(120, youngest)))
    for (index, band) in bands.enumerated() where band.initialNeedShares != nil {
      report(
        "\(path).ageBands.\(index).initialNeed",
        .invalid(
          reason: "is never read: with livedFromAge each resident's need at the start is lived "
            + "from \(ScenarioError.format(fromAge)) on; remove it, or livedFromAge"))
    }
    return .lived(fromAge: fromAge)
  }
}
