// The 查询 / 重置 pair that ends every filter form.
import { Button, Space } from 'antd';

export function FilterButtons({ onReset }: { onReset: () => void }) {
  return (
    <Space>
      <Button type="primary" htmlType="submit">
        查询
      </Button>
      <Button onClick={onReset}>重置</Button>
    </Space>
  );
}
