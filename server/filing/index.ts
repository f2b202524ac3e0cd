export { createReportFiler, type FilerWiring } from './create-filer';
export { startFilingWorker, type FilingNotifier, type FilingWorker, type FilingWorkerOptions } from './filing-worker';
export { localFiler, localReportUrlPath } from './local-filer';
export { graphFiler, reportFolderPath } from './graph-filer';
export {
  appOnlyAccess,
  delegatedAccess,
  tokenCredential,
  type DelegatedSignIns,
  type GraphAccess,
} from './graph-access';
export { oboSignIns, type OboSettings } from './obo-sign-ins';
export { createGraphClient, GRAPH_SCOPE } from './graph-client';
export { FilingError } from './filing-error';
export type { RenderedReport, RenderReport, ReportFiler } from './report-filer';
