import { Navigate } from "react-router";
import { Spin } from "antd";
import { useSession } from "../../features/auth/hooks/useSession";
import { homeFor } from "../../features/auth/roles";

export default function RootRedirect() {
  const session = useSession();
  if (session.isPending) return <Spin style={{ display: "block", margin: 48 }} />;
  const user = session.data;
  return <Navigate to={user ? homeFor(user.role) : "/login"} replace />;
}
