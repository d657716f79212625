import { plainToInstance } from 'class-transformer';
import { IsIn, IsOptional, validateSync } from 'class-validator';
import { CursorPageQuery } from './cursor-page.query.dto';

class ColourPageQueryDto extends CursorPageQuery({ defaultLimit: 20, maxLimit: 50 }) {
  @IsOptional()
  @IsIn(['red', 'blue'])
  colour?: string;
}

class WidePageQueryDto extends CursorPageQuery({ defaultLimit: 100, maxLimit: 1000 }) {}

function read<T extends object>(dto: new () => T, query: Record<string, string>) {
  const value = plainToInstance(dto, query);
  return { value, invalid: validateSync(value).map((error) => error.property) };
}

describe('CursorPageQuery', () => {
  it('pages by the default size of the API that extends it when no limit is asked for', () => {
    expect(read(ColourPageQueryDto, {}).value.limit).toBe(20);
    expect(read(WidePageQueryDto, {}).value.limit).toBe(100);
  });

  it('reads the limit of a query string as a number', () => {
    const { value, invalid } = read(ColourPageQueryDto, { limit: '50', cursor: 'MjA' });
    expect(invalid).toEqual([]);
    expect(value).toMatchObject({ limit: 50, cursor: 'MjA' });
  });

  it('refuses a limit above the maximum of the API that extends it, below 1 or not whole', () => {
    expect(read(ColourPageQueryDto, { limit: '51' }).invalid).toEqual(['limit']);
    expect(read(WidePageQueryDto, { limit: '1000' }).invalid).toEqual([]);
    expect(read(WidePageQueryDto, { limit: '1001' }).invalid).toEqual(['limit']);
    expect(read(WidePageQueryDto, { limit: '0' }).invalid).toEqual(['limit']);
    expect(read(WidePageQueryDto, { limit: '2.5' }).invalid).toEqual(['limit']);
    expect(read(WidePageQueryDto, { limit: 'many' }).invalid).toEqual(['limit']);
  });

  it('refuses a cursor too long to be one an API handed out', () => {
    expect(read(WidePageQueryDto, { cursor: 'A'.repeat(300) }).invalid).toEqual([]);
    expect(read(WidePageQueryDto, { cursor: 'A'.repeat(301) }).invalid).toEqual(['cursor']);
  });

  it('keeps the filters of the query that extends it', () => {
    expect(read(ColourPageQueryDto, { colour: 'green' }).invalid).toEqual(['colour']);
    expect(read(ColourPageQueryDto, { colour: 'red' }).value).toMatchObject({
      colour: 'red',
      limit: 20,
    });
  });
});
