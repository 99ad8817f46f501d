import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { Spin } from "antd";

// Routes are grouped by audience and code-split per page.
const PublicLayout = lazy(() => import("./routes/(public)/PublicLayout"));
const RootRedirect = lazy(() => import("./routes/(public)/RootRedirect"));
const LoginPage = lazy(() => import("./routes/(public)/LoginPage"));
const RegisterPage = lazy(() => import("./routes/(public)/RegisterPage"));
const CalculatorsPage = lazy(() => import("./routes/(public)/CalculatorsPage"));
const PublicRewardsPage = lazy(() => import("./routes/(public)/PublicRewardsPage"));
const DishonestPage = lazy(() => import("./routes/(public)/DishonestPage"));
const AuctionsPage = lazy(() => import("./routes/(public)/AuctionsPage"));
const AuctionLotPage = lazy(() => import("./routes/(public)/AuctionLotPage"));
const NoAreaPage = lazy(() => import("./routes/(public)/NoAreaPage"));
const NotFoundPage = lazy(() => import("./routes/(public)/NotFoundPage"));

const StaffLayout = lazy(() => import("./routes/(staff)/StaffLayout"));
const WorkbenchPage = lazy(() => import("./routes/(staff)/WorkbenchPage"));
const CasesPage = lazy(() => import("./routes/(staff)/CasesPage"));
const CasePage = lazy(() => import("./routes/(staff)/CasePage"));
const NewCasePage = lazy(() => import("./routes/(staff)/NewCasePage"));
const NewPreservationPage = lazy(() => import("./routes/(staff)/NewPreservationPage"));
const CalendarPage = lazy(() => import("./routes/(staff)/CalendarPage"));
const StaffAuctionsPage = lazy(() => import("./features/auctions/components/StaffAuctionsPage"));

const PartyLayout = lazy(() => import("./routes/(party)/PartyLayout"));
const MyCasesPage = lazy(() => import("./routes/(party)/MyCasesPage"));
const MyCasePage = lazy(() => import("./routes/(party)/MyCasePage"));
const ApplyPage = lazy(() => import("./routes/(party)/ApplyPage"));
const ReportPage = lazy(() => import("./routes/(party)/ReportPage"));

function PageFallback() {
  return <Spin size="large" style={{ display: "block", margin: "64px auto" }} />;
}

export default function App() {
  return (
    <Suspense fallback={<PageFallback />}>
      <Routes>
        <Route path="/" element={<RootRedirect />} />
        <Route element={<PublicLayout />}>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/register" element={<RegisterPage />} />
          <Route path="/calculators" element={<CalculatorsPage />} />
          <Route path="/rewards" element={<PublicRewardsPage />} />
          <Route path="/dishonest" element={<DishonestPage />} />
          <Route path="/auctions" element={<AuctionsPage />} />
          <Route path="/auctions/:id" element={<AuctionLotPage />} />
          <Route path="/no-area" element={<NoAreaPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="/staff" element={<StaffLayout />}>
          <Route index element={<WorkbenchPage />} />
          <Route path="workbench" element={<WorkbenchPage />} />
          <Route path="cases" element={<CasesPage />} />
          <Route path="cases/new" element={<NewCasePage />} />
          <Route path="preservation/new" element={<NewPreservationPage />} />
          <Route path="cases/:id" element={<CasePage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="auctions" element={<StaffAuctionsPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="/my" element={<PartyLayout />}>
          <Route index element={<MyCasesPage />} />
          <Route path="cases" element={<MyCasesPage />} />
          <Route path="cases/:id" element={<MyCasePage />} />
          <Route path="cases/:id/report" element={<ReportPage />} />
          <Route path="apply" element={<ApplyPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
