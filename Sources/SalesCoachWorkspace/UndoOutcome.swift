/// What `Workspace.undo()` took back.
public struct UndoOutcome: Sendable, Hashable, CustomStringConvertible {
    /// The change that was undone.
    public var change: WorkspaceChange
    /// How many earlier changes can still be undone.
    public var remaining: Int

    public init(change: WorkspaceChange, remaining: Int) {
        self.change = change
        self.remaining = remaining
    }

    public var description: String { "undid: \(change)" }
}
