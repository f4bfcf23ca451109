namespace Sandbox.Dashboard.Live;

/// <summary>Where a live run is in its life, named as the Orleans engine names it; only Running advances by itself.</summary>
public enum LiveRunState { Created, Running, Paused, Finished, Stopped, Failed }
