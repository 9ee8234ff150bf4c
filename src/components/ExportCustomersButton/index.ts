export { ExportCustomersButton, type ExportCustomersButtonProps } from "./ExportCustomersButton";
export { ExportCustomersButtonView, type ExportCustomersButtonViewProps, type ExportState } from "./ExportCustomersButtonView";
