import { useState } from "react";
import { useApp } from "../../../store";

const FIELDS = [
  { name: "username", label: "Username", type: "text" },
  { name: "email", label: "Email address", type: "email" },
  { name: "password", label: "Password", type: "password" },
] as const;

type Field = (typeof FIELDS)[number]["name"];

/** createsuperuser's prompts as a form; the user model's validators' messages show under their fields. */
export function SuperuserForm({ errors, message }: { errors: Record<string, string[]>; message: string | null }) {
  const createSuperuser = useApp((state) => state.createSuperuser);
  const [values, setValues] = useState<Record<Field, string>>({ username: "", email: "", password: "" });
  const general = errors["__all__"] ?? [];
  return (
    <form
      className="manage-form"
      data-testid="superuser-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void createSuperuser(values.username, values.email, values.password);
      }}
    >
      {message && Object.keys(errors).length === 0 && <p className="error-box">{message}</p>}
      {general.map((error) => (
        <p key={error} className="error-box">
          {error}
        </p>
      ))}
      {FIELDS.map((field, i) => (
        <label key={field.name} className="manage-field">
          {field.label}
          <input
            autoFocus={i === 0}
            type={field.type}
            data-testid={`superuser-${field.name}`}
            value={values[field.name]}
            aria-invalid={errors[field.name] !== undefined}
            onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
          />
          {errors[field.name]?.map((error) => (
            <span key={error} className="field-error" data-testid={`superuser-${field.name}-error`}>
              {error}
            </span>
          ))}
        </label>
      ))}
      <button type="submit" className="button primary" data-testid="superuser-create">
        Create superuser
      </button>
    </form>
  );
}
