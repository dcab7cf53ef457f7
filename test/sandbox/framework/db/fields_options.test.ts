import { describe, expect, it } from "vitest";
import { models } from "../../../../sandbox/framework";
import { ValidationError } from "../../../../sandbox/framework/core/exceptions";
import { clean_field } from "../../../../sandbox/framework/db/models/validation";

describe("GenericIPAddressField options, as Django's", () => {
  it("takes the addresses its protocol allows, with Django's messages", () => {
    const v4 = models.GenericIPAddressField({ protocol: "IPv4" });
    const v6 = models.GenericIPAddressField({ protocol: "IPv6" });
    const both = models.GenericIPAddressField();
    expect(clean_field(v4, "10.0.0.1")).toBe("10.0.0.1");
    expect(() => clean_field(v4, "::1")).toThrow(new ValidationError("Enter a valid IPv4 address."));
    expect(clean_field(v6, "2001:db8::1")).toBe("2001:db8::1");
    expect(() => clean_field(v6, "10.0.0.1")).toThrow(new ValidationError("Enter a valid IPv6 address."));
    expect(clean_field(both, "::1")).toBe("::1");
    expect(() => clean_field(both, "nope")).toThrow(new ValidationError("Enter a valid IPv4 or IPv6 address."));
  });

  it("keeps an IPv4-mapped address as IPv4 with unpack_ipv4, and refuses unpack_ipv4 with one protocol", () => {
    expect(clean_field(models.GenericIPAddressField({ unpack_ipv4: true }), "::ffff:10.0.0.1")).toBe("10.0.0.1");
    expect(clean_field(models.GenericIPAddressField(), "::ffff:10.0.0.1")).toBe("::ffff:10.0.0.1");
    expect(() => models.GenericIPAddressField({ protocol: "IPv4", unpack_ipv4: true })).toThrow("You can only use `unpack_ipv4` if `protocol` is set to 'both'");
  });
});

describe("TimeField auto_now / auto_now_add", () => {
  it("sets the time of day on save, and is not editable", () => {
    const field = models.TimeField({ auto_now: true });
    field.name = field.attname = "at";
    const instance: Record<string, unknown> = {};
    const value = field.pre_save(instance, false);
    expect(value).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{6}$/);
    expect(field.editable).toBe(false);
    const added = models.TimeField({ auto_now_add: true });
    added.name = added.attname = "at";
    expect(added.pre_save({ at: "09:00:00" }, false)).toBe("09:00:00");
  });
});
