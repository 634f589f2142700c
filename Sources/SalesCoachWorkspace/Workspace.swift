public enum WorkspacePlaceholder {}
