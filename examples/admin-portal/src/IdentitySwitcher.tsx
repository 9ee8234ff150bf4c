import { useId } from "react";
import { ENVIRONMENTS, EXPERIENCES, ROLES, type Viewer } from "./identities";

interface IdentitySwitcherProps {
  viewer: Viewer;
  onChange(viewer: Viewer): void;
}

/** Three selects: act as any role, in either experience and environment (each is a demo token on the server). */
export function IdentitySwitcher({ viewer, onChange }: IdentitySwitcherProps) {
  const id = useId();
  const fields = [
    { key: "role", label: "Role", options: ROLES },
    { key: "experience", label: "Experience", options: EXPERIENCES },
    { key: "environment", label: "Environment", options: ENVIRONMENTS },
  ] as const;
  return (
    <fieldset className="demo-switcher">
      <legend className="demo-switcher__legend">View as</legend>
      {fields.map(({ key, label, options }) => (
        <div className="demo-switcher__field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <select
            id={`${id}-${key}`}
            value={viewer[key]}
            onChange={(event) => onChange({ ...viewer, [key]: event.target.value })}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
