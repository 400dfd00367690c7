/** Every test database is a clone of this one; its roles are shared by the clones. */
export const TEMPLATE_DATABASE = "fashionos_test";
