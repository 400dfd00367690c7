// A list ordered by drag and drop (@dnd-kit): a handle per item, moved with a
// mouse, a thumb (press and hold, so the page still scrolls) or the keyboard
// (Space or Enter to pick up, arrows to move, Space or Enter to drop, Escape
// to cancel), with what happens announced in the interface language.
import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface Props<T> {
  items: T[];
  idOf(item: T): string;
  /** What a person calls the item ("Look 3 · Vestido lino"), for the handle and the announcements. */
  nameOf(item: T): string;
  /** Called with the ids in their new order after a drop that moved something. */
  onReorder(ids: string[]): void;
  render(item: T, handle: ReactNode): ReactNode;
  disabled?: boolean;
  /** The list's accessible name. */
  label: string;
  testId?: string;
}

function Row({
  id,
  name,
  disabled,
  children,
}: {
  id: string;
  name: string;
  disabled: boolean;
  children: (handle: ReactNode) => ReactNode;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled,
    attributes: { roleDescription: t("sortable.roleDescription") },
  });
  const handle = disabled ? null : (
    <button
      type="button"
      className="drag-handle"
      ref={setActivatorNodeRef}
      aria-label={t("sortable.handle", { name })}
      {...attributes}
      {...listeners}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      className={isDragging ? "sortable-item dragging" : "sortable-item"}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      {children(handle)}
    </li>
  );
}

export function SortableList<T>({ items, idOf, nameOf, onReorder, render, disabled = false, label, testId }: Props<T>) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map(idOf);
  const nameById = new Map(items.map((item) => [idOf(item), nameOf(item)]));
  const position = (id: string | number) => ids.indexOf(String(id)) + 1;
  const named = (id: string | number) => nameById.get(String(id)) ?? "";
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("sortable.pickedUp", { name: named(active.id), position: position(active.id) }),
    // Over itself (where it was picked up): the pick-up message stays.
    onDragOver: ({ active, over }) =>
      over && over.id !== active.id
        ? t("sortable.movedTo", { name: named(active.id), position: position(over.id) })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t("sortable.dropped", { name: named(active.id), position: position(over.id) })
        : t("sortable.cancelled", { name: named(active.id) }),
    onDragCancel: ({ active }) => t("sortable.cancelled", { name: named(active.id) }),
  };

  function end({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    const to = ids.indexOf(String(over.id));
    if (from < 0 || to < 0) return;
    onReorder(arrayMove(ids, from, to));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={end}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("sortable.instructions") } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="sortable" aria-label={label} data-testid={testId}>
          {items.map((item) => (
            <Row key={idOf(item)} id={idOf(item)} name={nameOf(item)} disabled={disabled}>
              {(handle) => render(item, handle)}
            </Row>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
