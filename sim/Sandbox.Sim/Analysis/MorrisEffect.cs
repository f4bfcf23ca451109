namespace Sandbox.Sim.Analysis;

/// <summary>
/// Elementary-effect screening of one parameter, in output units per full range of the parameter so that
/// parameters measured in different units rank on one scale. <see cref="MuStar"/> (mean |effect|,
/// Campolongo et al. 2007) ranks importance; <see cref="Mu"/> close to <see cref="MuStar"/> means the effect
/// keeps one sign; a large <see cref="Sigma"/> means the effect depends on where in the space it is measured
/// (non-linearity or interaction). Sigma is NaN with a single trajectory.
/// </summary>
public readonly record struct MorrisEffect(string Path, double Mu, double MuStar, double Sigma);
