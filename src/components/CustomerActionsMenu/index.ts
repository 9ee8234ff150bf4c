export * from "./CustomerActionsMenu";
export * from "./CustomerActionsMenuView";
