export { ExportCustomersButton, type ExportCustomersButtonProps, type ExportCompleteEvent } from "./ExportCustomersButton";
export { ExportCustomersButtonView, type ExportCustomersButtonViewProps, type ExportState } from "./ExportCustomersButtonView";
