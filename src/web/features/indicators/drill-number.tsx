// A number that opens the records behind it.
import { Button } from 'antd';

export function DrillNumber({ value, label, onOpen }: { value: number; label: string; onOpen: () => void }) {
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto', fontSize: 'inherit' }}
      aria-label={`${label}：${value}，查看明细`}
      title="查看明细"
      onClick={onOpen}
    >
      {value}
    </Button>
  );
}
