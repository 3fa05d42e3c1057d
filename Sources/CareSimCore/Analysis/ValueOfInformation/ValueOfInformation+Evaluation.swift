extension ValueOfInformation {
  /// The analysis of a table.
  ///
  /// - Parameters:
  ///   - table: The PSA's sets; at least two.
  ///   - subjects: The parameters and groups to value.
  ///   - valuesPerQALY: The values of a QALY to evaluate at.
  ///   - seed: Seeds the bootstrap's resamples.
  ///   - population: The decisions the information informs, for the population EVPI.
  /// - Returns: Every perspective of the table at every value of a QALY.
  /// - Complexity: Each subject's fit is O(n²) per output (the smoother's cross-validation), the
  ///   bootstrap O(B·n) per estimate with B = ``BootstrapStandardError/resamples``.
  public static func evaluate(
    _ table: DecisionTable, subjects: [Subject], valuesPerQALY: [Double], seed: UInt64,
    population: Population? = nil
  ) -> ValueOfInformation {
    precondition(table.count >= 2, "the value of information needs at least two sets")
    let perspectives = table.perspectives
    let values = Array(Set(valuesPerQALY)).sorted()
    let removesNoise = !table.standardErrors.isEmpty
    // Every output fitted once: each perspective's net benefit and the QALYs.
    func fits(_ fit: ([Double]) -> [Double]) -> (
      netBenefit: [Perspective: [Double]], qaly: [Double]
    ) {
      var netBenefit: [Perspective: [Double]] = [:]
      for perspective in perspectives {
        netBenefit[perspective] = fit(table.netBenefits[perspective, default: []])
      }
      return (netBenefit, fit(table.qalyGains))
    }
    let regression =
      table.parameterValues.isEmpty
      ? nil : fits(AdditiveRegression(inputs: table.parameterValues).fit)
    let subjectFits = subjects.map { subject in
      let regression = AdditiveRegression(
        inputs: subject.parameters.map { table.parameterValues[$0] })
      return fits(regression.fit)
    }
    let binnedFits = subjects.map { subject in
      subject.parameters.count == 1
        ? fits {
          BinnedConditionalMean.fit(input: table.parameterValues[subject.parameters[0]], output: $0)
        }
        : nil
    }
    func combine(
      _ fit: (netBenefit: [Perspective: [Double]], qaly: [Double]), _ perspective: Perspective,
      _ value: Double
    ) -> [Double] {
      zip(fit.netBenefit[perspective, default: []], fit.qaly).map { $0 + value * $1 }
    }
    func estimate(_ states: [Double]) -> Estimate {
      Estimate(
        value: PerfectInformation.value(of: states),
        standardError: BootstrapStandardError.of(count: states.count, seed: seed) { indices in
          PerfectInformation.value(of: indices.map { states[$0] })
        })
    }
    var points: [Point] = []
    for perspective in perspectives {
      for value in values {
        let perSet = estimate(table.netBenefit(perspective, valuePerQALY: value))
        let fitted = regression.map { estimate(combine($0, perspective, value)) } ?? perSet
        let evpi = removesNoise ? fitted : perSet
        points.append(
          Point(
            perspective: perspective, valuePerQALY: value, evpiPerSet: perSet,
            evpiRegression: fitted, evpi: evpi,
            evppi: subjectFits.map { estimate(combine($0, perspective, value)) },
            evppiBinned: binnedFits.map { fit in
              fit.map { PerfectInformation.value(of: combine($0, perspective, value)) }
            },
            populationEVPI: population.map {
              PopulationValue.total(
                perDecision: evpi.value, decisionsPerYear: $0.decisionsPerYear, years: $0.years,
                discounting: $0.discounting)
            }))
      }
    }
    let noise = perspectives.map { perspective in
      let benefits = table.netBenefits[perspective, default: []]
      let fitted = regression?.netBenefit[perspective] ?? benefits
      return Noise(
        perspective: perspective,
        meanSquaredStandardError: table.standardErrors[perspective].map { errors in
          errors.reduce(0) { $0 + $1 * $1 } / Double(errors.count)
        },
        residualVariance: variance(zip(benefits, fitted).map { $0 - $1 }),
        totalVariance: variance(benefits))
    }
    return ValueOfInformation(
      subjects: subjects, points: points, removesNoise: removesNoise, noise: noise,
      sets: table.count)
  }

  private static func variance(_ values: [Double]) -> Double {
    var moments = RunningMoments()
    for value in values { moments.add(value) }
    return moments.variance
  }
}
